import { ProvincesTable } from '@ruta/web-feature-programme';
import { useDocumentTitle } from './use-document-title.js';

export function ProvincesPage() {
  useDocumentTitle('nav.provinces');
  return <ProvincesTable />;
}

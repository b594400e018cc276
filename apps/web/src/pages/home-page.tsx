import { EventOverview } from '@ruta/web-feature-programme';
import { useDocumentTitle } from './use-document-title.js';

export function HomePage() {
  useDocumentTitle('nav.home');
  return <EventOverview />;
}

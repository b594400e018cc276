import { MemoriaPage as Memoria } from '@ruta/web-feature-memoria';
import { useDocumentTitle } from './use-document-title.js';

/** Public: published memorias for everyone; drafts for CONGOPE. */
export function MemoriaPage() {
  useDocumentTitle('nav.memoria');
  return <Memoria />;
}

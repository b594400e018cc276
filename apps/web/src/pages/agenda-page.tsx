import { AgendaView } from '@ruta/web-feature-programme';
import { useDocumentTitle } from './use-document-title.js';

export function AgendaPage() {
  useDocumentTitle('nav.agenda');
  return <AgendaView />;
}

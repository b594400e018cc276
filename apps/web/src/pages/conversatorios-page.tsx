import { ConversatorioList } from '@ruta/web-feature-conversatorios';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function ConversatoriosPage() {
  useDocumentTitle('nav.conversatorios');
  return <RequireAccess ability="signedIn">{() => <ConversatorioList />}</RequireAccess>;
}

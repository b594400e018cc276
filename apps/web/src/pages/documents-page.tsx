import { DocumentsList } from '@ruta/web-feature-documents';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function DocumentsPage() {
  useDocumentTitle('nav.documents');
  return <RequireAccess ability="signedIn">{() => <DocumentsList />}</RequireAccess>;
}

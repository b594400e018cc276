import { DocumentView } from '@ruta/web-feature-documents';
import { useParams } from 'react-router';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function DocumentPage() {
  useDocumentTitle('nav.documents');
  const { id = '' } = useParams();
  return <RequireAccess ability="signedIn">{(user) => <DocumentView key={id} id={id} user={user} />}</RequireAccess>;
}

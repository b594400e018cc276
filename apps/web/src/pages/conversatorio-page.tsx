import { ConversatorioView } from '@ruta/web-feature-conversatorios';
import { useParams } from 'react-router';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function ConversatorioPage() {
  useDocumentTitle('nav.conversatorios');
  const { id = '' } = useParams();
  return <RequireAccess ability="signedIn">{(user) => <ConversatorioView id={id} user={user} />}</RequireAccess>;
}

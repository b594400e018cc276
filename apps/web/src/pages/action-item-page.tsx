import { ActionItemView } from '@ruta/web-feature-roadmap';
import { useParams } from 'react-router';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function ActionItemPage() {
  useDocumentTitle('nav.roadmap');
  const { id = '' } = useParams();
  return <RequireAccess ability="signedIn">{(user) => <ActionItemView key={id} id={id} user={user} />}</RequireAccess>;
}

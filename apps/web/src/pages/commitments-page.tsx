import { CommitmentsInbox } from '@ruta/web-feature-roadmap';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function CommitmentsPage() {
  useDocumentTitle('nav.commitments');
  return <RequireAccess ability="reviewCommitments">{(user) => <CommitmentsInbox user={user} />}</RequireAccess>;
}

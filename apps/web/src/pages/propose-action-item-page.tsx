import { ProposeActionItem } from '@ruta/web-feature-roadmap';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function ProposeActionItemPage() {
  useDocumentTitle('roadmap.proposeTitle');
  return <RequireAccess ability="proposeActionItems">{(user) => <ProposeActionItem user={user} />}</RequireAccess>;
}

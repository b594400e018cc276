import { AccountView } from '@ruta/web-feature-identity';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function AccountPage() {
  useDocumentTitle('nav.account');
  return <RequireAccess ability="signedIn">{(user) => <AccountView user={user} />}</RequireAccess>;
}

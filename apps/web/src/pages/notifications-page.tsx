import { NotificationsView } from '@ruta/web-feature-identity';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function NotificationsPage() {
  useDocumentTitle('nav.notifications');
  return <RequireAccess ability="signedIn">{() => <NotificationsView />}</RequireAccess>;
}

import { OrganizationsAdmin } from '@ruta/web-feature-admin';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function OrganizationsPage() {
  useDocumentTitle('nav.organizations');
  return <RequireAccess ability="signedIn">{() => <OrganizationsAdmin />}</RequireAccess>;
}

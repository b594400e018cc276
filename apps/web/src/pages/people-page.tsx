import { PeopleAdmin } from '@ruta/web-feature-admin';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function PeoplePage() {
  useDocumentTitle('nav.people');
  return <RequireAccess ability="listPeople">{() => <PeopleAdmin />}</RequireAccess>;
}

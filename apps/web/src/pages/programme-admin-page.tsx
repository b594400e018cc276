import { ProgrammeAdmin } from '@ruta/web-feature-admin';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function ProgrammeAdminPage() {
  useDocumentTitle('nav.programme');
  return <RequireAccess ability="manageProgramme">{() => <ProgrammeAdmin />}</RequireAccess>;
}

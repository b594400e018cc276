import { SearchPage as Search } from '@ruta/web-feature-documents';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function SearchPage() {
  useDocumentTitle('nav.search');
  return <RequireAccess ability="signedIn">{() => <Search />}</RequireAccess>;
}

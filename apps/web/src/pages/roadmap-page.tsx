import { RoadmapList } from '@ruta/web-feature-roadmap';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function RoadmapPage() {
  useDocumentTitle('nav.roadmap');
  return <RequireAccess ability="signedIn">{() => <RoadmapList />}</RequireAccess>;
}

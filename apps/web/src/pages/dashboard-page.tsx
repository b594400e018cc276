import { RoadmapDashboard } from '@ruta/web-feature-roadmap';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function DashboardPage() {
  useDocumentTitle('nav.dashboard');
  return <RequireAccess ability="signedIn">{() => <RoadmapDashboard />}</RequireAccess>;
}

import { ConsolidationWorkspace } from '@ruta/web-feature-roadmap';
import { RequireAccess } from '../app/require-access.js';
import { useDocumentTitle } from './use-document-title.js';

export function ConsolidationPage() {
  useDocumentTitle('nav.consolidation');
  return <RequireAccess ability="consolidateRoadmap">{() => <ConsolidationWorkspace />}</RequireAccess>;
}

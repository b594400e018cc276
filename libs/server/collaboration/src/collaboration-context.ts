import type { DocumentAccess } from '@ruta/shared-domain';

/** What a collaboration connection carries once authenticated. */
export interface CollaborationContext {
  user: { id: string; displayName: string };
  sessionId: string;
  documentId: string;
  conversatorioId: string | null;
  access: DocumentAccess;
}

const DOCUMENT_NAME = /^document:([0-9a-f-]{36})$/;

/** The document id in a collaboration document name (`document:<uuid>`), or null. */
export function documentIdOf(documentName: string): string | null {
  return DOCUMENT_NAME.exec(documentName)?.[1] ?? null;
}

/**
 * The collaborative documents: a conversatorio's outcome (relatoría), the hoja de ruta ones, and
 * the summary of each talk of the agenda (ponencia).
 */
export const DocumentKind = {
  OUTCOME: 'OUTCOME',
  ROADMAP_THEME: 'ROADMAP_THEME',
  ROADMAP_NATIONAL: 'ROADMAP_NATIONAL',
  PONENCIA: 'PONENCIA',
} as const;
export type DocumentKind = (typeof DocumentKind)[keyof typeof DocumentKind];

/** What a person may do in a document; the collaboration server enforces it on every connection. */
export const DocumentAccess = {
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  READ: 'READ',
} as const;
export type DocumentAccess = (typeof DocumentAccess)[keyof typeof DocumentAccess];

export const CommentThreadStatus = {
  OPEN: 'OPEN',
  RESOLVED: 'RESOLVED',
} as const;
export type CommentThreadStatus = (typeof CommentThreadStatus)[keyof typeof CommentThreadStatus];

/** The name a document has on the collaboration server. */
export const collaborationDocumentName = (documentId: string) => `document:${documentId}`;

import { ConversatorioStatus, DocumentAccess, DocumentKind, Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';

export type DocumentAction = 'document:read' | 'document:comment' | 'document:edit';

/** What the rules look at: the document and, for an outcome document, its conversatorio. */
export interface DocumentSubject {
  kind: DocumentKind;
  conversatorio: { status: ConversatorioStatus; moderatorId: string | null; provinceCodes: string[] } | null;
}

const staff = hasRole(Role.ADMIN, Role.ANALYST);

/** A participant of the conversatorio: a technician of a province taking part, or its moderator. */
function participates(user: AuthUser, subject: DocumentSubject): boolean {
  const conversatorio = subject.conversatorio;
  if (!conversatorio) return false;
  if (user.role === Role.MODERATOR) return conversatorio.moderatorId === user.id;
  return user.role === Role.TECHNICIAN && user.provinceCode !== null && conversatorio.provinceCodes.includes(user.provinceCode);
}

function canEdit(user: AuthUser | null, subject?: DocumentSubject): boolean {
  if (!user) return false;
  if (!subject) return staff(user) || user.role === Role.TECHNICIAN || user.role === Role.MODERATOR;
  if (subject.kind !== DocumentKind.OUTCOME) return staff(user);
  const status = subject.conversatorio?.status;
  if (staff(user)) return status !== ConversatorioStatus.CONSOLIDATED;
  return status === ConversatorioStatus.OPEN && participates(user, subject);
}

/**
 * Documents. Everyone signed in reads them. A conversatorio's outcome document is edited by its
 * participants (technicians of the provinces taking part, its moderator) while it is open, and by
 * analysts and administrators until it is consolidated; participants comment until then. The hoja
 * de ruta documents are edited by analysts and administrators; everyone signed in comments on them.
 */
export const documentsPolicy = definePolicy<DocumentAction, DocumentSubject>('documents', {
  'document:read': signedIn,
  'document:edit': canEdit,
  'document:comment': (user, subject) => {
    if (!user) return false;
    if (!subject || canEdit(user, subject) || subject.kind !== DocumentKind.OUTCOME) return true;
    return participates(user, subject) && subject.conversatorio?.status !== ConversatorioStatus.CONSOLIDATED;
  },
});

/** The most a person may do in a document. */
export function documentAccess(user: AuthUser, subject: DocumentSubject): DocumentAccess {
  if (documentsPolicy.can(user, 'document:edit', subject)) return DocumentAccess.EDIT;
  if (documentsPolicy.can(user, 'document:comment', subject)) return DocumentAccess.COMMENT;
  return DocumentAccess.READ;
}

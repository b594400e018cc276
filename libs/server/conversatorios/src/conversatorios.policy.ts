import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';

export type ConversatorioAction = 'conversatorio:read' | 'conversatorio:create' | 'conversatorio:moveStatus';

/** What the rules look at in a conversatorio. */
export interface ConversatorioSubject {
  moderatorId: string | null;
}

/**
 * Conversatorios: everyone signed in reads them; analysts and administrators create them; the
 * status moves by analysts, administrators and the conversatorio's own moderator.
 */
export const conversatoriosPolicy = definePolicy<ConversatorioAction, ConversatorioSubject>('conversatorios', {
  'conversatorio:read': signedIn,
  'conversatorio:create': hasRole(Role.ADMIN, Role.ANALYST),
  'conversatorio:moveStatus': (user: AuthUser | null, subject?: ConversatorioSubject) =>
    hasRole(Role.ADMIN, Role.ANALYST)(user) ||
    (user?.role === Role.MODERATOR && (subject === undefined || subject.moderatorId === user.id)),
});

import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';

export type IdentityAction = 'session:own' | 'user:list' | 'user:read' | 'user:manage';

/**
 * People and sessions. Administrators manage people; analysts (CONGOPE, who see everything) read
 * them; everyone signed in manages their own sessions and password and reads their own record.
 */
export const identityPolicy = definePolicy<IdentityAction, { id: string }>('identity', {
  'session:own': signedIn,
  'user:list': hasRole(Role.ADMIN, Role.ANALYST),
  // Without a subject: may this person look anyone up at all (the service then checks whom).
  'user:read': (user: AuthUser | null, subject?: { id: string }) =>
    subject === undefined ? user !== null : hasRole(Role.ADMIN, Role.ANALYST)(user) || user?.id === subject.id,
  'user:manage': hasRole(Role.ADMIN),
});

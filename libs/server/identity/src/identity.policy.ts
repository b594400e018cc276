import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn, type AuthUser } from '@ruta/server-core';

export type IdentityAction = 'session:own' | 'user:read' | 'user:manage';

/**
 * People and sessions. Administrators manage people; analysts (CONGOPE, who see everything) read
 * them; everyone signed in manages their own sessions and password and reads their own record.
 */
export const identityPolicy = definePolicy<IdentityAction, { id: string }>('identity', {
  'session:own': signedIn,
  'user:read': (user: AuthUser | null, subject?: { id: string }) =>
    hasRole(Role.ADMIN, Role.ANALYST)(user) || (subject !== undefined && user?.id === subject.id),
  'user:manage': hasRole(Role.ADMIN),
});

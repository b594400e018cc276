import { Role } from '@ruta/shared-domain';
import { definePolicy, hasRole, signedIn } from '@ruta/server-core';

export type OrganizationAction = 'organization:read' | 'organization:manage';

/** Organisations: a directory every signed-in person reads; administrators keep it. */
export const organizationsPolicy = definePolicy<OrganizationAction>('organizations', {
  'organization:read': signedIn,
  'organization:manage': hasRole(Role.ADMIN),
});

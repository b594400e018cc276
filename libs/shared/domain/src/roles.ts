import { OrganizationKind } from './programme.js';

/** Roles of the people who sign in, as the public contract names them. */
export const Role = {
  ADMIN: 'ADMIN',
  ANALYST: 'ANALYST',
  TECHNICIAN: 'TECHNICIAN',
  PARTNER: 'PARTNER',
  MODERATOR: 'MODERATOR',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/**
 * What a person of this role works for: a technician for one province (with a prefectura), a
 * partner for one cooperating organisation; nobody else has a scope.
 */
export function scopeOfRole(role: Role): 'province' | 'organization' | null {
  if (role === Role.TECHNICIAN) return 'province';
  if (role === Role.PARTNER) return 'organization';
  return null;
}

/** CONGOPE's own people (administrators and analysts): focal points of the roadmap's items. */
export function isCongopeRole(role: Role): boolean {
  return role === Role.ADMIN || role === Role.ANALYST;
}

/** Whether a person of this role may be chosen to moderate a session's questions. */
export function moderatesSessions(role: Role): boolean {
  return role === Role.MODERATOR;
}

const refusedForPartners: OrganizationKind[] = [OrganizationKind.GAD_PROVINCIAL, OrganizationKind.CONGOPE];

/** Whether a person of this role may belong to an organisation of this kind (a partner's cooperates: no prefectura, not CONGOPE). */
export function mayBelongToOrganization(role: Role, kind: OrganizationKind): boolean {
  return role !== Role.PARTNER || !refusedForPartners.includes(kind);
}

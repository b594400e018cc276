import type { Role } from '@ruta/shared-domain';

/** The signed-in person as every policy and service sees them. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** Set for a technician: the province they work for. */
  provinceCode: string | null;
  /** Set for a partner (and optionally others): the organisation they belong to. */
  organizationId: string | null;
  sessionId: string;
}

/** Resolves a session token into the person it belongs to; provided by the identity feature. */
export abstract class Authenticator {
  abstract authenticate(token: string): Promise<AuthUser | null>;
}

export const SESSION_COOKIE = 'ruta_session';

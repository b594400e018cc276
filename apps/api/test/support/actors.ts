import { Role } from '@ruta/shared-domain';
import { SessionsService } from '@ruta/server-identity';
import { demoUserId } from '@ruta/server-seed';
import type { TestApp } from './test-app.js';

/** One demo account per role, as tests act through them. */
export const actors = {
  ADMIN: 'admin@demo.ruta.ec',
  ANALYST: 'analista@demo.ruta.ec',
  TECHNICIAN: 'tecnico.azuay@demo.ruta.ec',
  PARTNER: 'socio.aecid@demo.ruta.ec',
  MODERATOR: 'moderador@demo.ruta.ec',
} as const satisfies Record<Role, string>;

export type Actor = Role | 'ANONYMOUS';
export const allActors: Actor[] = ['ANONYMOUS', ...(Object.keys(actors) as Role[])];

/** A fresh session for a demo account (as if it had signed in), without the cost of argon2. */
export async function sessionFor(api: TestApp, email: string): Promise<string> {
  const { token } = await api.app.get(SessionsService).create(demoUserId(email));
  return token;
}

/** A token for an actor, or undefined for an anonymous visitor. */
export const tokenFor = (api: TestApp, actor: Actor) =>
  actor === 'ANONYMOUS' ? Promise.resolve(undefined) : sessionFor(api, actors[actor]);

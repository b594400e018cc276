import type { AuthUser } from './auth-user.js';

export type Rule<S> = (user: AuthUser | null, subject?: S) => boolean;

/**
 * A feature's authorization rules: one `can(user, action, subject)` used by its resolvers (through
 * `@Authorize`), its services (with a subject, for scope) and the collaboration server.
 * Without a subject a rule answers "may this person do this kind of thing at all?".
 */
export interface Policy<A extends string = string, S = never> {
  readonly name: string;
  can(user: AuthUser | null, action: A, subject?: S): boolean;
}

export function definePolicy<A extends string, S = never>(name: string, rules: Record<A, Rule<S>>): Policy<A, S> {
  return {
    name,
    can: (user, action, subject) => rules[action](user, subject),
  };
}

/** Rule helpers shared by the features' policies. */
export const anyone: Rule<unknown> = () => true;
export const signedIn: Rule<unknown> = (user) => user !== null;
export const hasRole =
  (...roles: AuthUser['role'][]): Rule<unknown> =>
  (user) =>
    user !== null && roles.includes(user.role);

import { SetMetadata } from '@nestjs/common';
import type { Policy } from './policy.js';

export const AUTHORIZE_KEY = 'ruta:authorize';

export type AuthorizeRule = { kind: 'public' } | { kind: 'policy'; policy: Policy<string, unknown>; action: string };

/**
 * Every query, mutation and HTTP route declares who may call it, either `@Authorize.public()` or
 * `@Authorize(policy, action)`. The global guard refuses anything that declares nothing.
 */
export function Authorize<A extends string>(policy: Policy<A, never>, action: A): MethodDecorator & ClassDecorator {
  return SetMetadata(AUTHORIZE_KEY, { kind: 'policy', policy, action } satisfies AuthorizeRule);
}

Authorize.public = (): MethodDecorator & ClassDecorator => SetMetadata(AUTHORIZE_KEY, { kind: 'public' } satisfies AuthorizeRule);

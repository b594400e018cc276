import { Field, ObjectType } from '@nestjs/graphql';
import type { AuthUser } from './auth-user.js';

/**
 * What the signed-in person may do (`me.abilities`), computed by the same policies the guard
 * checks. Each feature adds its own fields (a resolver of this type beside its policy), so the web
 * asks instead of comparing roles. Per-record abilities are each type's `viewerCan`.
 */
@ObjectType('Abilities', { description: 'What the signed-in person may do, by the policies the server enforces.' })
export class Abilities {
  /** Whom the abilities are computed for (not exposed). */
  viewer: AuthUser;

  @Field({ description: 'Always true: anonymous visitors have no `me`.' })
  signedIn: boolean;
}

export const abilitiesOf = (viewer: AuthUser): Abilities => ({ viewer, signedIn: true });

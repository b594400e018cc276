import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities, abilitiesOf, CurrentUser, type AuthUser } from '@ruta/server-core';
import { identityPolicy } from './identity.policy.js';
import { User } from './user.model.js';

/** `me.abilities`: only on the signed-in person's own record. */
@Resolver(() => User)
export class UserAbilitiesResolver {
  @ResolveField(() => Abilities, { nullable: true, description: 'What this person may do; only on `me` (null on anyone else’s record).' })
  abilities(@Parent() user: User, @CurrentUser() viewer: AuthUser | null): Abilities | null {
    return viewer && viewer.id === user.id ? abilitiesOf(viewer) : null;
  }
}

@Resolver(() => Abilities)
export class IdentityAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Sees the list of people (CONGOPE).' })
  listPeople(@Parent() { viewer }: Abilities): boolean {
    return identityPolicy.can(viewer, 'user:list');
  }

  @ResolveField(() => Boolean, { description: 'Invites people, changes their role and scope, disables them.' })
  managePeople(@Parent() { viewer }: Abilities): boolean {
    return identityPolicy.can(viewer, 'user:manage');
  }
}

import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities, CurrentUser, type AuthUser } from '@ruta/server-core';
import { Conversatorio } from './conversatorio.model.js';
import { conversatoriosPolicy } from './conversatorios.policy.js';

/** What the signed-in person may do in one conversatorio; other features add their fields. */
@ObjectType('ConversatorioAbilities')
export class ConversatorioAbilities {
  viewer: AuthUser;
  conversatorio: Conversatorio;

  @Field({ description: 'Opens, closes and consolidates it (its moderator, CONGOPE).' })
  moveStatus: boolean;
}

@Resolver(() => Conversatorio)
export class ConversatorioAbilitiesResolver {
  @ResolveField(() => ConversatorioAbilities, {
    nullable: true,
    description: 'What the signed-in person may do here; null when anonymous.',
  })
  viewerCan(@Parent() conversatorio: Conversatorio, @CurrentUser() viewer: AuthUser | null): ConversatorioAbilities | null {
    if (!viewer) return null;
    return {
      viewer,
      conversatorio,
      moveStatus: conversatoriosPolicy.can(viewer, 'conversatorio:moveStatus', { moderatorId: conversatorio.moderator?.id ?? null }),
    };
  }
}

@Resolver(() => Abilities)
export class ConversatoriosAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Creates conversatorios.' })
  createConversatorios(@Parent() { viewer }: Abilities): boolean {
    return conversatoriosPolicy.can(viewer, 'conversatorio:create');
  }
}

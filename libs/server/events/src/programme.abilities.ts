import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities } from '@ruta/server-core';
import { programmePolicy } from './programme.policy.js';

@Resolver(() => Abilities)
export class ProgrammeAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Keeps the programme: event texts, themes, agenda, speakers, English versions.' })
  manageProgramme(@Parent() { viewer }: Abilities): boolean {
    return programmePolicy.can(viewer, 'programme:manage');
  }
}

import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities } from '@ruta/server-core';
import { memoriaPolicy } from './memoria.policy.js';

@Resolver(() => Abilities)
export class MemoriaAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Generates memoria drafts and publishes them.' })
  generateMemoria(@Parent() { viewer }: Abilities): boolean {
    return memoriaPolicy.can(viewer, 'memoria:generate');
  }
}

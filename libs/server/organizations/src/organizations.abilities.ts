import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities } from '@ruta/server-core';
import { organizationsPolicy } from './organizations.policy.js';

@Resolver(() => Abilities)
export class OrganizationsAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Keeps the directory of organisations.' })
  manageOrganizations(@Parent() { viewer }: Abilities): boolean {
    return organizationsPolicy.can(viewer, 'organization:manage');
  }
}

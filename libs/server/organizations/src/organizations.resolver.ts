import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, IdArgs } from '@ruta/server-core';
import { OrganizationInput } from './organization.inputs.js';
import { Organization } from './organization.model.js';
import { organizationsPolicy } from './organizations.policy.js';
import { OrganizationsService } from './organizations.service.js';
import { OrganizationsArgs } from './organizations.args.js';

@Resolver()
export class OrganizationsResolver {
  constructor(private readonly directory: OrganizationsService) {}

  @Query(() => [Organization], { description: 'The organisation directory, optionally of one kind.' })
  @Authorize(organizationsPolicy, 'organization:read')
  organizations(@Args() { kind }: OrganizationsArgs): Promise<Organization[]> {
    return this.directory.list(kind);
  }

  @Query(() => Organization)
  @Authorize(organizationsPolicy, 'organization:read')
  organization(@Args() { id }: IdArgs): Promise<Organization> {
    return this.directory.get(id);
  }

  @Mutation(() => Organization)
  @Authorize(organizationsPolicy, 'organization:manage')
  createOrganization(@Args('input') input: OrganizationInput): Promise<Organization> {
    return this.directory.create(input);
  }

  @Mutation(() => Organization)
  @Authorize(organizationsPolicy, 'organization:manage')
  updateOrganization(@Args() { id }: IdArgs, @Args('input') input: OrganizationInput): Promise<Organization> {
    return this.directory.update(id, input);
  }
}

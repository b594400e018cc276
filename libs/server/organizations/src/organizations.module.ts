import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';
import { OrganizationsAbilitiesResolver } from './organizations.abilities.js';

export const organizationEntities = [OrganizationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(organizationEntities)],
  providers: [OrganizationsAbilitiesResolver, OrganizationsService, OrganizationsResolver],
  exports: [TypeOrmModule, OrganizationsService],
})
export class OrganizationsModule {}

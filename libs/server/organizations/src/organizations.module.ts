import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from './organization.entity.js';

export const organizationEntities = [OrganizationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(organizationEntities)],
  exports: [TypeOrmModule],
})
export class OrganizationsModule {}

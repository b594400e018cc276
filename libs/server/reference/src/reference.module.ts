import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetencyEntity } from './competency.entity.js';
import { CooperationModalityEntity } from './cooperation-modality.entity.js';
import { ProvinceEntity } from './province.entity.js';
import { ReferenceResolver } from './reference.resolver.js';
import { ReferenceService } from './reference.service.js';
import { SdgEntity } from './sdg.entity.js';

export const referenceEntities = [ProvinceEntity, CompetencyEntity, SdgEntity, CooperationModalityEntity];

@Module({
  imports: [TypeOrmModule.forFeature(referenceEntities)],
  providers: [ReferenceService, ReferenceResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}

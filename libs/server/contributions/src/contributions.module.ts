import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceModule } from '@ruta/server-reference';
import { ContributionEndorsementEntity, ContributionEntity } from './contribution.entity.js';
import { ContributionReads } from './contribution-reads.js';
import { ContributionsResolver } from './contributions.resolver.js';
import { ContributionsService } from './contributions.service.js';
import {
  ContributionAbilitiesResolver,
  ContributionsAbilitiesResolver,
  ConversatorioContributionAbilitiesResolver,
} from './contributions.abilities.js';

export const contributionEntities = [ContributionEntity, ContributionEndorsementEntity];

@Module({
  imports: [TypeOrmModule.forFeature(contributionEntities), ReferenceModule],
  providers: [
    ContributionAbilitiesResolver,
    ContributionsAbilitiesResolver,
    ConversatorioContributionAbilitiesResolver,
    ContributionsService,
    ContributionReads,
    ContributionsResolver,
  ],
  exports: [ContributionsService, ContributionReads],
})
export class ContributionsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContributionsModule } from '@ruta/server-contributions';
import { IdentityModule } from '@ruta/server-identity';
import { ReferenceModule } from '@ruta/server-reference';
import { ActionItemSourceEntity, ActionItemEntity } from './action-item.entity.js';
import { ActionItemHistoryService } from './action-item-history.service.js';
import { ActionItemsResolver, ContributionActionItemsResolver } from './action-items.resolver.js';
import { ActionItemMerges } from './action-item-merge.service.js';
import { ActionItemWrites } from './action-item-writes.service.js';
import { ActionItemsService } from './action-items.service.js';
import { CommitmentEntity } from './commitment.entity.js';
import { CommitmentsResolver } from './commitments.resolver.js';
import { CommitmentsService } from './commitments.service.js';
import { ConsolidationResolver } from './consolidation.resolver.js';
import { ConsolidationService } from './consolidation.service.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { RoadmapExport } from './roadmap-export.js';
import { RoadmapReads } from './roadmap-reads.js';
import { RoadmapImportResolver } from './roadmap-import.resolver.js';
import { RoadmapImportService } from './roadmap-import.service.js';
import { SavedViewEntity } from './saved-view.entity.js';
import { SavedViewsResolver, SavedViewsService } from './saved-views.js';
import { SourcesService } from './sources.service.js';
import {
  ActionItemAbilitiesResolver,
  CommitmentAbilitiesResolver,
  ContributionRoadmapAbilitiesResolver,
  RoadmapAbilitiesResolver,
} from './roadmap.abilities.js';

export const roadmapEntities = [ActionItemEntity, ActionItemSourceEntity, CommitmentEntity, SavedViewEntity];

/** The hoja de ruta: action items, their sources, commitments, consolidation, dashboards, CSV/XLSX files. */
@Module({
  imports: [TypeOrmModule.forFeature(roadmapEntities), ContributionsModule, IdentityModule, ReferenceModule],
  providers: [
    ActionItemAbilitiesResolver,
    CommitmentAbilitiesResolver,
    ContributionRoadmapAbilitiesResolver,
    RoadmapAbilitiesResolver,
    ActionItemsService,
    ActionItemWrites,
    ActionItemMerges,
    ActionItemHistoryService,
    SourcesService,
    CommitmentsService,
    ConsolidationService,
    DashboardService,
    RoadmapImportService,
    RoadmapExport,
    RoadmapReads,
    SavedViewsService,
    ActionItemsResolver,
    ContributionActionItemsResolver,
    CommitmentsResolver,
    ConsolidationResolver,
    DashboardResolver,
    RoadmapImportResolver,
    SavedViewsResolver,
  ],
  exports: [ActionItemsService, CommitmentsService, RoadmapReads, RoadmapExport],
})
export class RoadmapModule {}

import { Module } from '@nestjs/common';
import { ContributionsModule } from '@ruta/server-contributions';
import { DocumentsModule } from '@ruta/server-documents';
import { RoadmapModule } from '@ruta/server-roadmap';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

/** The search across features: each asked for what the person may find, merged by rank. */
@Module({
  imports: [ContributionsModule, DocumentsModule, RoadmapModule],
  providers: [SearchService, SearchResolver],
})
export class SearchModule {}

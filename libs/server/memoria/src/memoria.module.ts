import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContributionsModule } from '@ruta/server-contributions';
import { ConversatoriosModule } from '@ruta/server-conversatorios';
import { DocumentsModule } from '@ruta/server-documents';
import { EventsModule } from '@ruta/server-events';
import { OrganizationsModule } from '@ruta/server-organizations';
import { ReferenceModule } from '@ruta/server-reference';
import { RoadmapModule } from '@ruta/server-roadmap';
import { MemoriaAssembler } from './memoria-assembler.js';
import { MemoriaDocuments } from './memoria-documents.js';
import { MemoriaJobsService } from './memoria-jobs.service.js';
import { MemoriaJobEntity, MemoriaVersionEntity } from './memoria.entity.js';
import { MemoriaResolver } from './memoria.resolver.js';
import { MemoriaAbilitiesResolver } from './memoria.abilities.js';

export const memoriaEntities = [MemoriaJobEntity, MemoriaVersionEntity];

/** The memoria de trabajo: assembled from the live data, rendered to four formats, published. */
@Module({
  imports: [
    TypeOrmModule.forFeature(memoriaEntities),
    ContributionsModule,
    ConversatoriosModule,
    DocumentsModule,
    EventsModule,
    OrganizationsModule,
    ReferenceModule,
    RoadmapModule,
  ],
  providers: [MemoriaAbilitiesResolver, MemoriaAssembler, MemoriaDocuments, MemoriaJobsService, MemoriaResolver],
  exports: [MemoriaJobsService],
})
export class MemoriaModule implements OnApplicationShutdown {
  constructor(private readonly jobs: MemoriaJobsService) {}

  /** A generation under way finishes (or fails) before the database goes. */
  async onApplicationShutdown(): Promise<void> {
    await this.jobs.settle();
  }
}

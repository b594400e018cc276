import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@ruta/server-documents';
import { EventsModule } from '@ruta/server-events';
import { MemoriaAssembler } from './memoria-assembler.js';
import { MemoriaExportController } from './memoria-export.controller.js';
import { MemoriaJobsService } from './memoria-jobs.service.js';
import { MemoriaJobEntity, MemoriaVersionEntity } from './memoria.entity.js';
import { MemoriaResolver } from './memoria.resolver.js';

export const memoriaEntities = [MemoriaJobEntity, MemoriaVersionEntity];

/** The memoria de trabajo: assembled from the live data, rendered to four formats, published. */
@Module({
  imports: [TypeOrmModule.forFeature(memoriaEntities), DocumentsModule, EventsModule],
  controllers: [MemoriaExportController],
  providers: [MemoriaAssembler, MemoriaJobsService, MemoriaResolver],
  exports: [MemoriaJobsService],
})
export class MemoriaModule implements OnApplicationShutdown {
  constructor(private readonly jobs: MemoriaJobsService) {}

  /** A generation under way finishes (or fails) before the database goes. */
  async onApplicationShutdown(): Promise<void> {
    await this.jobs.settle();
  }
}

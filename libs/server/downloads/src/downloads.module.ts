import { Module } from '@nestjs/common';
import { MemoriaModule } from '@ruta/server-memoria';
import { RoadmapModule } from '@ruta/server-roadmap';
import { DatabaseExport } from './database-export.js';
import { DownloadsController } from './downloads.controller.js';
import { DownloadsAbilitiesResolver } from './downloads.abilities.js';

/**
 * The files Ruta hands out, in one place: the roadmap's spreadsheets, the memoria's drafts and
 * versions, the database export — and next open data, IATI and certificates. Each feature builds
 * its file; this library serves it (paths, policies, headers) with the formats of one registry.
 */
@Module({
  imports: [MemoriaModule, RoadmapModule],
  controllers: [DownloadsController],
  providers: [DownloadsAbilitiesResolver, DatabaseExport],
})
export class DownloadsModule {}

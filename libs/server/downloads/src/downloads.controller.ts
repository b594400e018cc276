import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { MEMORIA_FORMATS, ROADMAP_EXPORT_FORMATS, splitFileName } from '@ruta/shared-domain';
import { AppError, Authorize, CurrentUser, HttpErrorFilter, sendDownload, type AuthUser } from '@ruta/server-core';
import { memoriaFileName, MemoriaJobsService, memoriaPolicy, type MemoriaJobEntity } from '@ruta/server-memoria';
import { RoadmapExport, roadmapPolicy, type RoadmapExportQuery } from '@ruta/server-roadmap';
import type { Response } from 'express';
import { DatabaseExport, dataPolicy } from './database-export.js';

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Every download under `/exports`, each with the policy of what it holds; files are sent one way
 * (`sendDownload`: registered content type, attachment name, no sniffing). An unknown format or a
 * malformed name is NOT_FOUND, like a file that does not exist.
 */
@Controller('exports')
@UseFilters(HttpErrorFilter)
export class DownloadsController {
  constructor(
    private readonly roadmap: RoadmapExport,
    private readonly memoria: MemoriaJobsService,
    private readonly database: DatabaseExport,
  ) {}

  /** `/exports/roadmap.<csv|xlsx>`: the roadmap the signed-in person may see, with the list's filters. */
  @Get('roadmap.:format')
  @Authorize(roadmapPolicy, 'actionItem:read')
  async roadmapFile(
    @CurrentUser() actor: AuthUser,
    @Param('format') format: string,
    @Query() query: RoadmapExportQuery,
    @Res() response: Response,
  ) {
    const file = splitFileName(`roadmap.${format}`, ROADMAP_EXPORT_FORMATS);
    if (!file) throw AppError.notFound();
    sendDownload(response, await this.roadmap.file(actor, file.format, query));
  }

  /** `/exports/memoria/borradores/<job>.<format>`: a draft (analysts), each format as soon as it is stored. */
  @Get('memoria/borradores/:file')
  @Authorize(memoriaPolicy, 'memoria:generate')
  async memoriaDraft(@Param('file') name: string, @Res() response: Response) {
    const file = splitFileName(name, MEMORIA_FORMATS);
    if (!file || !UUID.test(file.name)) throw AppError.notFound();
    const { body, row } = await this.memoria.file('job', file.name, file.format);
    const job = row as MemoriaJobEntity;
    const named = (ascii: boolean) => memoriaFileName({ ...job, kind: 'draft', createdAt: job.createdAt }, ascii);
    sendDownload(response, { format: file.format, body, name: { ascii: named(true), unicode: named(false) } });
  }

  /** `/exports/memoria/versiones/<number>.<format>`: a published version (anyone). */
  @Get('memoria/versiones/:file')
  @Authorize.public()
  async memoriaVersion(@Param('file') name: string, @Res() response: Response) {
    const file = splitFileName(name, MEMORIA_FORMATS);
    if (!file || !/^\d{1,6}$/.test(file.name)) throw AppError.notFound();
    const version = await this.memoria.versionByNumber(Number(file.name));
    if (!version) throw AppError.notFound();
    const { body } = await this.memoria.file('version', version.id, file.format);
    const named = (ascii: boolean) => memoriaFileName({ ...version, kind: 'version', number: version.number }, ascii);
    sendDownload(response, { format: file.format, body, name: { ascii: named(true), unicode: named(false) } });
  }

  /** `/exports/datos.json`: every table, for administrators. */
  @Get('datos.json')
  @Authorize(dataPolicy, 'data:export')
  databaseFile(@Res() response: Response): Promise<void> {
    return this.database.send(response);
  }
}

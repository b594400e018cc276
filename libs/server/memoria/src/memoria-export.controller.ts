import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { AppError, Authorize, HttpErrorFilter } from '@ruta/server-core';
import type { Response } from 'express';
import { memoriaContentTypes, MemoriaJobsService, type MemoriaFormat } from './memoria-jobs.service.js';
import { memoriaPolicy } from './memoria.policy.js';

const formats = new Set<string>(['pdf', 'docx', 'html', 'md']);
const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Downloads: `/exports/memoria/borradores/<job>.<format>` (drafts, analysts) and
 * `/exports/memoria/versiones/<number>.<format>` (published, anyone).
 */
@Controller('exports/memoria')
@UseFilters(HttpErrorFilter)
export class MemoriaExportController {
  constructor(private readonly jobs: MemoriaJobsService) {}

  @Get('borradores/:file')
  @Authorize(memoriaPolicy, 'memoria:generate')
  async draft(@Param('file') file: string, @Res() response: Response) {
    const [id, format] = file.split('.');
    if (!UUID.test(id) || !formats.has(format)) throw AppError.notFound();
    const { body } = await this.jobs.file('job', id, format as MemoriaFormat);
    this.send(response, body, format as MemoriaFormat, 'memoria-borrador');
  }

  @Get('versiones/:file')
  @Authorize.public()
  async version(@Param('file') file: string, @Res() response: Response) {
    const [number, format] = file.split('.');
    if (!/^\d{1,6}$/.test(number) || !formats.has(format)) throw AppError.notFound();
    const version = await this.jobs.versionByNumber(Number(number));
    if (!version) throw AppError.notFound();
    const { body } = await this.jobs.file('version', version.id, format as MemoriaFormat);
    this.send(response, body, format as MemoriaFormat, `memoria-v${number}`);
  }

  private send(response: Response, body: Buffer | string, format: MemoriaFormat, name: string) {
    response.setHeader('Content-Type', memoriaContentTypes[format]);
    response.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // The HTML file is a document to keep, not part of the app: nothing in it may run or load.
    if (format === 'html') response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    response.send(body);
  }
}

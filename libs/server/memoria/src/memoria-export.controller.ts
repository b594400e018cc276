import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { AppError, Authorize, HttpErrorFilter } from '@ruta/server-core';
import type { Response } from 'express';
import { contentDisposition, memoriaFileName } from './memoria-file-name.js';
import { memoriaContentTypes, MemoriaJobsService, type MemoriaFormat } from './memoria-jobs.service.js';
import type { MemoriaJobEntity } from './memoria.entity.js';
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
    const { body, row } = await this.jobs.file('job', id, format as MemoriaFormat);
    const job = row as MemoriaJobEntity;
    const name = (ascii: boolean) => memoriaFileName({ ...job, kind: 'draft', createdAt: job.createdAt }, ascii);
    this.send(response, body, format as MemoriaFormat, name(true), name(false));
  }

  @Get('versiones/:file')
  @Authorize.public()
  async version(@Param('file') file: string, @Res() response: Response) {
    const [number, format] = file.split('.');
    if (!/^\d{1,6}$/.test(number) || !formats.has(format)) throw AppError.notFound();
    const version = await this.jobs.versionByNumber(Number(number));
    if (!version) throw AppError.notFound();
    const { body } = await this.jobs.file('version', version.id, format as MemoriaFormat);
    const name = (ascii: boolean) => memoriaFileName({ ...version, kind: 'version', number: version.number }, ascii);
    this.send(response, body, format as MemoriaFormat, name(true), name(false));
  }

  private send(response: Response, body: Buffer | string, format: MemoriaFormat, asciiName: string, unicodeName: string) {
    response.setHeader('Content-Type', memoriaContentTypes[format]);
    response.setHeader('Content-Disposition', contentDisposition(`${asciiName}.${format}`, `${unicodeName}.${format}`));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // The HTML file is a document to keep, not part of the app: nothing in it may run or load.
    if (format === 'html') response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    response.send(body);
  }
}

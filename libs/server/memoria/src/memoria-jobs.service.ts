import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MEMORIA_FORMATS, type MemoriaFormat } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { AppError, fieldError, type AuthUser } from '@ruta/server-core';
import { PinoLogger } from 'nestjs-pino';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { MemoriaAssembler, type MemoriaScope } from './memoria-assembler.js';
import { MemoriaJobEntity, MemoriaJobStatus, MemoriaScopeKind, MemoriaVersionEntity } from './memoria.entity.js';
import { renderBinary } from './render-off-thread.js';
import { renderMemoriaHtml, renderMemoriaMarkdown } from './render-text.js';

/** A job and the formats of it already stored (downloadable before the others are done). */
export type MemoriaJobRow = MemoriaJobEntity & { readyFormats: MemoriaFormat[] };

/** Where each format is kept in a job's (and a version's) row, in the order they are produced. */
const COLUMNS: Record<MemoriaFormat, { column: 'pdf' | 'docx' | 'html' | 'markdown'; binary: boolean }> = {
  html: { column: 'html', binary: false },
  md: { column: 'markdown', binary: false },
  pdf: { column: 'pdf', binary: true },
  docx: { column: 'docx', binary: true },
};

/** Which formats a job has stored, without reading them (lengths come from the TOAST headers). */
const READY_FORMATS = `array_remove(ARRAY[${Object.entries(COLUMNS)
  .map(([format, { column, binary }]) => {
    return `CASE WHEN ${binary ? `job.${column} IS NOT NULL` : `octet_length(job.${column}) > 0`} THEN '${format}' END`;
  })
  .join(', ')}], NULL)`;

/**
 * Memoria generation as background jobs: a request returns at once with a job whose progress
 * the web shows; the data is read on the main thread, PDF and DOCX are rendered off it. A
 * finished draft can be published as a numbered, frozen version.
 */
@Injectable()
export class MemoriaJobsService {
  private readonly running = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assembler: MemoriaAssembler,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('Memoria');
  }

  async start(actor: AuthUser, scope: MemoriaScope, language: 'es' | 'en'): Promise<MemoriaJobRow> {
    const scopeLabel = await this.scopeLabel(scope, language);
    const job = await this.dataSource.getRepository(MemoriaJobEntity).save({
      scopeKind: scope.kind,
      themeId: scope.kind === 'THEME' ? scope.themeId : null,
      provinceCode: scope.kind === 'PROVINCE' ? scope.provinceCode : null,
      language,
      scopeLabel,
      requestedById: actor.id,
    });
    const run = this.run(job.id, scope, language).finally(() => this.running.delete(run));
    this.running.add(run);
    return { ...job, readyFormats: [] };
  }

  /** Waits for the jobs under way (shutdown, tests). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  async get(id: string): Promise<MemoriaJobRow> {
    const [job] = await this.jobs((query) => query.where('job.id = :id', { id }));
    if (!job) throw AppError.notFound();
    return job;
  }

  /** The latest 20 drafts. */
  recent(): Promise<MemoriaJobRow[]> {
    return this.jobs((query) => query.orderBy('job.createdAt', 'DESC').take(20));
  }

  private async jobs(
    narrow: (query: SelectQueryBuilder<MemoriaJobEntity>) => SelectQueryBuilder<MemoriaJobEntity>,
  ): Promise<MemoriaJobRow[]> {
    const query = narrow(
      this.dataSource.getRepository(MemoriaJobEntity).createQueryBuilder('job').addSelect(READY_FORMATS, 'ready_formats'),
    );
    const { entities, raw } = await query.getRawAndEntities<{ ready_formats: MemoriaFormat[] }>();
    return entities.map((job, index) => ({ ...job, readyFormats: raw[index].ready_formats }));
  }

  versionByNumber(number: number): Promise<MemoriaVersionEntity | null> {
    return this.dataSource.getRepository(MemoriaVersionEntity).findOneBy({ number });
  }

  versions(): Promise<MemoriaVersionEntity[]> {
    return this.dataSource.getRepository(MemoriaVersionEntity).find({ order: { number: 'DESC' } });
  }

  /** Freezes a finished draft as the next numbered version. */
  async publish(actor: AuthUser, jobId: string): Promise<MemoriaVersionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const job = await manager
        .getRepository(MemoriaJobEntity)
        .createQueryBuilder('job')
        .addSelect(MEMORIA_FORMATS.map((format) => `job.${COLUMNS[format].column}`))
        .where('job.id = :jobId', { jobId })
        .getOne();
      if (!job) throw AppError.notFound();
      if (job.status !== MemoriaJobStatus.DONE) throw AppError.badInput([fieldError('jobId', 'memoriaNotReady')]);
      await manager.query('LOCK TABLE memoria_version IN EXCLUSIVE MODE');
      const [{ next }] = (await manager.query('SELECT coalesce(max(number), 0) + 1 AS next FROM memoria_version')) as Array<{
        next: number;
      }>;
      const version = await manager.getRepository(MemoriaVersionEntity).save({
        number: next,
        jobId,
        publishedById: actor.id,
        scopeKind: job.scopeKind,
        themeId: job.themeId,
        provinceCode: job.provinceCode,
        language: job.language,
        scopeLabel: job.scopeLabel,
        html: job.html,
        markdown: job.markdown,
        pdf: job.pdf,
        docx: job.docx,
      });
      return manager.getRepository(MemoriaVersionEntity).findOneByOrFail({ id: version.id });
    });
  }

  /** A file of a draft or a version. */
  async file(
    kind: 'job' | 'version',
    id: string,
    format: MemoriaFormat,
  ): Promise<{ body: Buffer | string; number: number | null; row: MemoriaJobEntity | MemoriaVersionEntity }> {
    const entity = kind === 'job' ? MemoriaJobEntity : MemoriaVersionEntity;
    const row = (await this.dataSource
      .getRepository(entity)
      .createQueryBuilder('memoria')
      .addSelect(`memoria.${COLUMNS[format].column}`)
      .where('memoria.id = :id', { id })
      .getOne()) as (MemoriaJobEntity & { number?: number }) | null;
    // A draft's format can be downloaded as soon as it is stored (HTML first, PDF and DOCX after).
    const body = row?.[COLUMNS[format].column];
    if (!body) throw AppError.notFound();
    return { body, number: row.number ?? null, row };
  }

  private async run(jobId: string, scope: MemoriaScope, language: 'es' | 'en'): Promise<void> {
    const jobs = this.dataSource.getRepository(MemoriaJobEntity);
    const progress = (value: number) => jobs.update(jobId, { progress: value }).then(() => undefined);
    const started = Date.now();
    try {
      await jobs.update(jobId, { status: MemoriaJobStatus.RUNNING, progress: 5 });
      const generatedOn = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'es-EC', {
        dateStyle: 'long',
        timeZone: 'America/Guayaquil',
      }).format(new Date());
      const memoria = await this.assembler.assemble(
        scope,
        language,
        messages[language].memoria.draft.replace('{{date}}', generatedOn),
        progress,
      );
      const html = renderMemoriaHtml(memoria);
      const markdown = renderMemoriaMarkdown(memoria);
      await jobs.update(jobId, { html, markdown, progress: 65 });
      const pdf = await renderBinary('pdf', memoria);
      await jobs.update(jobId, { pdf, progress: 85 });
      const docx = await renderBinary('docx', memoria);
      await jobs.update(jobId, { docx, progress: 100, status: MemoriaJobStatus.DONE, finishedAt: new Date() });
      this.logger.info({ jobId, ms: Date.now() - started, pdfBytes: pdf.length, docxBytes: docx.length }, 'memoria generated');
    } catch (error) {
      this.logger.error({ jobId, err: error }, 'memoria generation failed');
      await jobs.update(jobId, {
        status: MemoriaJobStatus.FAILED,
        // The person is told it failed, never why in the server's words (SQL, internals): that is logged.
        error: messages[language].errors.memoriaFailed,
        finishedAt: new Date(),
      });
    }
  }

  private async scopeLabel(scope: MemoriaScope, language: 'es' | 'en'): Promise<string> {
    const t = messages[language].memoria;
    if (scope.kind === MemoriaScopeKind.THEME) {
      const [theme] = (await this.dataSource.query('SELECT name FROM theme WHERE id = $1', [scope.themeId])) as Array<{ name: string }>;
      if (!theme) throw AppError.badInput([fieldError('themeId', 'unknownValue')]);
      return t.scopeTheme.replace('{{name}}', theme.name);
    }
    if (scope.kind === MemoriaScopeKind.PROVINCE) {
      const [province] = (await this.dataSource.query('SELECT name FROM province WHERE code = $1', [scope.provinceCode])) as Array<{
        name: string;
      }>;
      if (!province) throw AppError.badInput([fieldError('provinceCode', 'unknownValue')]);
      return t.scopeProvince.replace('{{name}}', province.name);
    }
    return t.scopeForum;
  }
}

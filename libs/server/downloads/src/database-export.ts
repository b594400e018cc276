import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { downloadFormats, Role } from '@ruta/shared-domain';
import { baseTables, contentDisposition, definePolicy, hasRole } from '@ruta/server-core';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';

/** What an export leaves out: secrets, sessions and sign-in traces, and the schema's own bookkeeping. */
const SKIPPED_TABLES = new Set(['migrations', 'typeorm_metadata', 'session', 'user_token', 'sign_in_failure']);
const SECRET_COLUMN = /password|token_hash|secret/i;

export const dataPolicy = definePolicy<'data:export'>('data', { 'data:export': hasRole(Role.ADMIN) });

/**
 * The database as JSON (administrators, `GET /exports/datos.json`): every table of the forum as JSON — people without
 * their password hashes, documents with their Yjs state (base64) — read in one consistent
 * snapshot. For moving data or keeping a readable copy; backups proper are `pg_dump` (README).
 */
@Injectable()
export class DatabaseExport {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Streamed as it is read: headers once the snapshot is open; a failure after them cuts the response. */
  async send(response: Response): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const tables = (await baseTables(runner)).filter((name) => !SKIPPED_TABLES.has(name));
      const name = `ruta-datos-${new Date().toISOString().slice(0, 10)}.json`;
      response.setHeader('Content-Type', downloadFormats.json.contentType);
      response.setHeader('Cache-Control', 'no-store');
      response.setHeader('Content-Disposition', contentDisposition(name, name));
      response.write(`{"format":"ruta-export/1","exportedAt":${JSON.stringify(new Date().toISOString())},"tables":{`);
      for (const [index, table] of tables.entries()) {
        const columns = (
          (await runner.query(
            `SELECT column_name AS name FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
            [table],
          )) as Array<{ name: string }>
        )
          .map((column) => column.name)
          .filter((name) => !SECRET_COLUMN.test(name) && name !== 'search_vector');
        const rows = (await runner.query(`SELECT ${columns.map((name) => `"${name}"`).join(', ')} FROM "${table}"`)) as unknown[];
        response.write(`${index > 0 ? ',' : ''}${JSON.stringify(table)}:${JSON.stringify(rows, binaryAsBase64)}`);
      }
      response.end('}}');
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (response.headersSent) response.destroy(error as Error);
      else throw error;
    } finally {
      await runner.release();
    }
  }
}

function binaryAsBase64(this: unknown, _key: string, value: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    (value as { type?: string }).type === 'Buffer' &&
    Array.isArray((value as { data?: unknown }).data)
  ) {
    return Buffer.from((value as { data: number[] }).data).toString('base64');
  }
  return value;
}

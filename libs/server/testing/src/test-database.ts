import type pg from 'pg';
import { DEFAULT_DEMO_PASSWORD, runMigrationsLocked } from '@ruta/server-core';
import { seedDatabase, seedDemoAccounts } from '@ruta/server-seed';
import { DataSource } from 'typeorm';
import { withClient } from './with-client.js';

/** Builds the data source the tests' template database is migrated and seeded with. */
export type DataSourceFactory = (url: string) => DataSource;

const TEMPLATE_LOCK = 'ruta:test-template';

function adminUrl(): string {
  const url = process.env.RUTA_TEST_ADMIN_URL;
  if (!url) throw new Error('RUTA_TEST_ADMIN_URL is unset: run the tests through `npm test` (Jest global setup).');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(adminUrl(), work);
}

/**
 * A fresh database for one test file: a copy of this run's template, which is migrated and
 * seeded (reference data, the 2023 forum and the demo accounts) once, by whichever test file gets there first.
 */
export async function createTestDatabase(createDataSource: DataSourceFactory): Promise<{ url: string; drop(): Promise<void> }> {
  const run = process.env.RUTA_TEST_RUN ?? 'local';
  const template = `ruta_tpl_${run}`;
  const name = `ruta_t_${run}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount === 0) {
        await client.query(`CREATE DATABASE "${template}"`);
        const dataSource = createDataSource(withDatabase(adminUrl(), template));
        await dataSource.initialize();
        try {
          await runMigrationsLocked(dataSource);
          await seedDatabase(dataSource);
          await seedDemoAccounts(dataSource, DEFAULT_DEMO_PASSWORD);
        } finally {
          await dataSource.destroy();
        }
      }
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [TEMPLATE_LOCK]);
    }
  });

  return {
    url: withDatabase(adminUrl(), name),
    drop: () => withAdmin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

// Starts one PostgreSQL for the whole test run (embedded, unless TEST_DATABASE_URL names one).
// Test files then each get a database of their own, copied from a migrated and seeded template.
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Jest loads its global setup outside its module mapper, so the @ruta/* alias is not available here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres } from '../../core/src/database/embedded-postgres.ts';

export default async function globalSetup() {
  process.env.RUTA_TEST_RUN = randomBytes(4).toString('hex');
  if (process.env.TEST_DATABASE_URL) {
    process.env.RUTA_TEST_ADMIN_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ruta-test-pg-'));
  const database = await startEmbeddedPostgres({
    dataDir,
    database: 'ruta_admin',
    serverFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
  });
  process.env.RUTA_TEST_ADMIN_URL = database.url;
  globalThis.__rutaTestDatabase = { database, dataDir };
}

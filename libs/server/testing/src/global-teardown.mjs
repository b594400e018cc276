import { rm } from 'node:fs/promises';
import pg from 'pg';

/** Drops this run's databases (on a shared server) or stops the embedded server. */
export default async function globalTeardown() {
  const embedded = globalThis.__rutaTestDatabase;
  if (embedded) {
    await embedded.database.stop();
    await rm(embedded.dataDir, { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: process.env.RUTA_TEST_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`ruta_%_${process.env.RUTA_TEST_RUN}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

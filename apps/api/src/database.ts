import { runMigrationsLocked, startEmbeddedPostgres, withAdvisoryLock, type AppConfig, type RunningDatabase } from '@ruta/server-core';
import { seedDatabase, seedDemoAccounts } from '@ruta/server-seed';
import { createDataSource } from './data-source.js';

/** The database named by `DATABASE_URL`, or an embedded PostgreSQL in `DATA_DIR` when none is. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<RunningDatabase> {
  if (config.database.url) return { url: config.database.url, stop: async () => undefined };
  return startEmbeddedPostgres({
    dataDir: config.database.dataDir,
    database: 'ruta',
    log: (line) => {
      if (/ERROR|FATAL|PANIC|initialising|stopping/.test(line)) log(`postgres: ${line}`);
    },
  });
}

/**
 * Applies pending migrations, then loads the reference data and the 2023 forum when missing, and
 * in demo mode the demo accounts.
 */
export async function prepareDatabase(url: string, config: AppConfig): Promise<{ migrations: string[]; forumInserted: boolean }> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    const migrations = await runMigrationsLocked(dataSource);
    const { forumInserted } = await seedDatabase(dataSource);
    // Instances starting together take turns (the forum seed locks itself the same way).
    if (config.mode === 'demo')
      await withAdvisoryLock(dataSource, 'ruta:demo-seed', () => seedDemoAccounts(dataSource, config.auth.demoPassword));
    return { migrations, forumInserted };
  } finally {
    await dataSource.destroy();
  }
}

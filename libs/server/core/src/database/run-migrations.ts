import type { DataSource } from 'typeorm';

const MIGRATION_LOCK = 'ruta:migrations';

/**
 * Runs pending migrations, each in its own transaction, under a PostgreSQL advisory lock so that
 * instances starting together apply them once. Returns the names of the migrations applied.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  return withAdvisoryLock(dataSource, MIGRATION_LOCK, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  });
}

/**
 * Runs `work` while holding a PostgreSQL session advisory lock named `key`: instances doing the
 * same start-up work at the same moment take turns.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
    await runner.release();
  }
}

import type { DataSource, Logger } from 'typeorm';

/** How many SQL statements the data source runs while `work` runs (for N+1 checks). */
export async function countStatements(db: DataSource, work: () => Promise<void>): Promise<number> {
  let statements = 0;
  const original = db.logger;
  const counting: Logger = {
    ...original,
    logQuery: () => void (statements += 1),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.assign(db, { logger: counting });
  try {
    await work();
  } finally {
    Object.assign(db, { logger: original });
  }
  return statements;
}

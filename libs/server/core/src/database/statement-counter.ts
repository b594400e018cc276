import type { Logger } from 'typeorm';

/** SQL statements this process has sent (exported at /metrics; the benchmarks read it per request). */
export const statementCounter = { count: 0 };

/** TypeORM's logger: counts statements, logs nothing (errors reach the error formatter and pino). */
export class CountingLogger implements Logger {
  logQuery(): void {
    statementCounter.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

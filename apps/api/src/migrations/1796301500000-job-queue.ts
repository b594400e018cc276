import { getConstructionPlans } from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue's schema (pg-boss, `ruta_jobs`), from pg-boss's own construction plan so that the
 * server starts it with `migrate: false`. The plan carries its own BEGIN/COMMIT, which would commit
 * this migration's transaction early: it runs without them. A later pg-boss upgrade that changes
 * its schema comes with a migration of its own (`getMigrationPlans`; its index builds run outside
 * a transaction).
 */
export class JobQueue1796301500000 implements MigrationInterface {
  name = 'JobQueue1796301500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const plan = getConstructionPlans('ruta_jobs')
      .trim()
      .replace(/^BEGIN;\s*/i, '')
      .replace(/COMMIT;\s*$/i, '');
    await queryRunner.query(plan);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA "ruta_jobs" CASCADE');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The domain events' outbox: written with each change, dispatched after its commit. */
export class DomainEvents1796301300000 implements MigrationInterface {
  name = 'DomainEvents1796301300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "domain_event" (
        "id" BIGSERIAL NOT NULL,
        "type" text NOT NULL,
        "payload" jsonb NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "dispatched_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_domain_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "domain_event_undispatched" ON "domain_event" ("id") WHERE "dispatched_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "domain_event"`);
  }
}

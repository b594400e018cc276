import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset cursors round-trip exactly: the instants lists are paged by are kept to the millisecond
 * (a JavaScript Date's precision; PostgreSQL kept microseconds, so a cursor skipped rows created in
 * the same millisecond). And an absorbed item's reason no longer names the item it was merged
 * into, which may be a proposal its readers may not see.
 */
export class ExactCursorsMergeReasons1796301000000 implements MigrationInterface {
  name = 'ExactCursorsMergeReasons1796301000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contribution" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "commitment" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE "action_item" SET "status_reason" = 'Fusionada con otra acción' WHERE "merged_into_id" IS NOT NULL AND "status_reason" LIKE 'Fusionada con «%'`,
    );
    await queryRunner.query(
      `UPDATE "history_entry" SET "changes" = jsonb_set("changes", '{statusReason,after}', '"Fusionada con otra acción"')
        WHERE "entity_type" = 'action_item' AND "action" = 'merged' AND "changes" #>> '{statusReason,after}' LIKE 'Fusionada con «%'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The titles the reasons named are not restored (they were the leak).
    await queryRunner.query(`ALTER TABLE "commitment" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "contribution" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An item is part of the public roadmap once it has been agreed, and stays so (in progress, done,
 * blocked, cancelled); a proposal cancelled or merged away before being agreed stays private.
 * `agreed_at` records that moment; a trigger sets it for every writer (the API, the import, the
 * seed, scripts), so the rule cannot be forgotten by one of them.
 */
export class AgreedItems1796301100000 implements MigrationInterface {
  name = 'AgreedItems1796301100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item" ADD "agreed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`
      CREATE FUNCTION action_item_agreed_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.agreed_at IS NULL AND NEW.status IN ('AGREED', 'IN_PROGRESS', 'DONE', 'BLOCKED') THEN
          NEW.agreed_at := now();
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER action_item_agreed_at BEFORE INSERT OR UPDATE OF status ON "action_item" FOR EACH ROW EXECUTE FUNCTION action_item_agreed_at()`,
    );
    // Items agreed before this migration: every status past PROPOSED but CANCELLED implies it; a
    // cancelled item was agreed if its history shows it left a status other than PROPOSED.
    await queryRunner.query(`
      UPDATE "action_item" a SET "agreed_at" = a."updated_at"
       WHERE a."status" IN ('AGREED', 'IN_PROGRESS', 'DONE', 'BLOCKED')
          OR (a."status" = 'CANCELLED' AND EXISTS (
                SELECT 1 FROM "history_entry" h
                 WHERE h."entity_type" = 'action_item' AND h."entity_id" = a."id"
                   AND h."changes" #>> '{status,before}' IN ('AGREED', 'IN_PROGRESS', 'DONE', 'BLOCKED')))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER action_item_agreed_at ON "action_item"`);
    await queryRunner.query(`DROP FUNCTION action_item_agreed_at()`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP COLUMN "agreed_at"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ponencias1795509473556 implements MigrationInterface {
  name = 'Ponencias1795509473556';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_speaker" ADD "slides_url" text`);
    await queryRunner.query(`ALTER TABLE "session_speaker" ADD "recording_url" text`);
    await queryRunner.query(`ALTER TABLE "document" ADD "session_speaker_id" uuid`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d8e56645bd2439107b1ab6975"`);
    await queryRunner.query(`ALTER TYPE "public"."document_kind" ADD VALUE 'PONENCIA'`);
    // The new value is not used in this transaction (PostgreSQL allows adding it, not using it).
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cb0f3216c2cb2aa1aa76a1ba40" ON "document"  ("session_speaker_id") WHERE session_speaker_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c9ad33fccec5fcd16c7cde030b" ON "document"  ("kind", "theme_id") WHERE kind IN ('ROADMAP_THEME', 'ROADMAP_NATIONAL')`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_f50dba7b49ed71d1be8d2b3976f" FOREIGN KEY ("session_speaker_id") REFERENCES "session_speaker"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "document" WHERE "kind" = 'PONENCIA'`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_f50dba7b49ed71d1be8d2b3976f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c9ad33fccec5fcd16c7cde030b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb0f3216c2cb2aa1aa76a1ba40"`);
    await queryRunner.query(`CREATE TYPE "public"."document_kind_old" AS ENUM('OUTCOME', 'ROADMAP_THEME', 'ROADMAP_NATIONAL')`);
    await queryRunner.query(
      `ALTER TABLE "document" ALTER COLUMN "kind" TYPE "public"."document_kind_old" USING "kind"::"text"::"public"."document_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."document_kind_old" RENAME TO "document_kind"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4d8e56645bd2439107b1ab6975" ON "document" USING btree ("kind", "theme_id") WHERE (kind <> 'OUTCOME'::document_kind)`,
    );
    await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "session_speaker_id"`);
    await queryRunner.query(`ALTER TABLE "session_speaker" DROP COLUMN "recording_url"`);
    await queryRunner.query(`ALTER TABLE "session_speaker" DROP COLUMN "slides_url"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795502359134 implements MigrationInterface {
  name = 'Documents1795502359134';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."document_kind" AS ENUM('OUTCOME', 'ROADMAP_THEME', 'ROADMAP_NATIONAL')`);
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['public', 'document', 'GENERATED_COLUMN', 'search_vector', "to_tsvector('ruta_spanish'::regconfig, title || ' ' || plain_text)"],
    );
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."document_kind" NOT NULL, "title" text NOT NULL, "conversatorio_id" uuid, "theme_id" uuid, "state" bytea, "html" text NOT NULL DEFAULT '', "markdown" text NOT NULL DEFAULT '', "plain_text" text NOT NULL DEFAULT '', "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('ruta_spanish'::regconfig, title || ' ' || plain_text)) STORED NOT NULL, "content_updated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4d8e56645bd2439107b1ab6975" ON "document"  ("kind", "theme_id") WHERE kind <> 'OUTCOME'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c82b61152aec55b3871c9783b0" ON "document"  ("conversatorio_id") WHERE conversatorio_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "document_update" ("seq" BIGSERIAL NOT NULL, "document_id" uuid NOT NULL, "update" bytea NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea22d94adede5a4bc3ad5249d31" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "document_search_idx" ON "document" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_b27ca2400958310c70dbde70b2" ON "document_update"  ("document_id", "seq") `);
    await queryRunner.query(
      `CREATE TABLE "document_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "name" text, "state" bytea NOT NULL, "html" text NOT NULL DEFAULT '', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19aa913863e4e3dc16a88715405" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_db08d86fa3fa7a5e57c3c2d044" ON "document_snapshot"  ("document_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."comment_thread_status" AS ENUM('OPEN', 'RESOLVED')`);
    await queryRunner.query(
      `CREATE TABLE "comment_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "anchor_start" bytea NOT NULL, "anchor_end" bytea NOT NULL, "quote" text NOT NULL, "status" "public"."comment_thread_status" NOT NULL DEFAULT 'OPEN', "created_by_id" uuid NOT NULL, "resolved_by_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_be68531edd9305c665090a8a389" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7210c0ddbf336fe9b29393f29f" ON "comment_thread"  ("document_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "mention_ids" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d01c5a5541cfe0e834d410ed5a" ON "comment"  ("thread_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_ebe68b812de1fa9a19ab05bccb0" FOREIGN KEY ("conversatorio_id") REFERENCES "conversatorio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_46da571dee834aa6127a429ce5a" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_update" ADD CONSTRAINT "FK_5436dc9f0cc5a51d54ad6bdf929" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_snapshot" ADD CONSTRAINT "FK_7fa65972116fe743d0318aee226" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document_snapshot" ADD CONSTRAINT "FK_cfed7e2ba961070918630f04e95" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_2e10aa86748d64643c2a3c79ec3" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_9a1fa5948345cd0e95aadaebd56" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_thread" ADD CONSTRAINT "FK_6e472252955a9487d49a934a29e" FOREIGN KEY ("resolved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_be68531edd9305c665090a8a389" FOREIGN KEY ("thread_id") REFERENCES "comment_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"`);
    await queryRunner.query(`ALTER TABLE "comment" DROP CONSTRAINT "FK_be68531edd9305c665090a8a389"`);
    await queryRunner.query(`ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_6e472252955a9487d49a934a29e"`);
    await queryRunner.query(`ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_9a1fa5948345cd0e95aadaebd56"`);
    await queryRunner.query(`ALTER TABLE "comment_thread" DROP CONSTRAINT "FK_2e10aa86748d64643c2a3c79ec3"`);
    await queryRunner.query(`ALTER TABLE "document_snapshot" DROP CONSTRAINT "FK_cfed7e2ba961070918630f04e95"`);
    await queryRunner.query(`ALTER TABLE "document_snapshot" DROP CONSTRAINT "FK_7fa65972116fe743d0318aee226"`);
    await queryRunner.query(`ALTER TABLE "document_update" DROP CONSTRAINT "FK_5436dc9f0cc5a51d54ad6bdf929"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_46da571dee834aa6127a429ce5a"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_ebe68b812de1fa9a19ab05bccb0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d01c5a5541cfe0e834d410ed5a"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7210c0ddbf336fe9b29393f29f"`);
    await queryRunner.query(`DROP TABLE "comment_thread"`);
    await queryRunner.query(`DROP TYPE "public"."comment_thread_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_db08d86fa3fa7a5e57c3c2d044"`);
    await queryRunner.query(`DROP TABLE "document_snapshot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b27ca2400958310c70dbde70b2"`);
    await queryRunner.query(`DROP TABLE "document_update"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c82b61152aec55b3871c9783b0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d8e56645bd2439107b1ab6975"`);
    await queryRunner.query(`DROP INDEX "public"."document_search_idx"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'document'],
    );
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
  }
}

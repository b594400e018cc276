import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contributions1795495686229 implements MigrationInterface {
  name = 'Contributions1795495686229';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Accent-insensitive Spanish search: a copy of the `spanish` configuration with unaccent first.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION ruta_spanish ( COPY = spanish )`);
    await queryRunner.query(
      `ALTER TEXT SEARCH CONFIGURATION ruta_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contribution_type" AS ENUM('IDEA', 'PROPOSAL', 'AGREEMENT', 'NEED', 'QUESTION', 'RISK')`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['public', 'contribution', 'GENERATED_COLUMN', 'search_vector', "to_tsvector('ruta_spanish'::regconfig, body)"],
    );
    await queryRunner.query(
      `CREATE TABLE "contribution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversatorio_id" uuid NOT NULL, "province_code" character(2) NOT NULL, "author_id" uuid NOT NULL, "type" "public"."contribution_type" NOT NULL, "body" text NOT NULL, "competency_keys" text array NOT NULL DEFAULT '{}', "sdg_numbers" smallint array NOT NULL DEFAULT '{}', "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "hidden_reason" text, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('ruta_spanish'::regconfig, body)) STORED NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_878330fa5bb34475732a5883d58" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "contribution_search_idx" ON "contribution" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "IDX_b85ae48d2cea7de20a83acaacf" ON "contribution"  ("province_code", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_adc83ee97bfe2eb5b4c0493645" ON "contribution"  ("conversatorio_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "contribution_endorsement" ("contribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b7a32ef46c872b9b5d8965bba9" PRIMARY KEY ("contribution_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "history_entry" ("id" BIGSERIAL NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "actor_id" uuid, "action" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b65bd95b0d2929668589d57b97a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fd7af6a91ebcd6faedb0630b58" ON "history_entry"  ("entity_type", "entity_id", "at") `);
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "FK_bc116e0c83f62cf19fddf8d236e" FOREIGN KEY ("conversatorio_id") REFERENCES "conversatorio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "FK_cf8edd5489434f618e6c992b7fe" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution" ADD CONSTRAINT "FK_2bc9db5593a07308751d4d0a944" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_endorsement" ADD CONSTRAINT "FK_60571afaa9d3b034c34c2d23ac9" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contribution_endorsement" ADD CONSTRAINT "FK_362998f4023f01922ed9f8be15e" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contribution_endorsement" DROP CONSTRAINT "FK_362998f4023f01922ed9f8be15e"`);
    await queryRunner.query(`ALTER TABLE "contribution_endorsement" DROP CONSTRAINT "FK_60571afaa9d3b034c34c2d23ac9"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "FK_2bc9db5593a07308751d4d0a944"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "FK_cf8edd5489434f618e6c992b7fe"`);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "FK_bc116e0c83f62cf19fddf8d236e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd7af6a91ebcd6faedb0630b58"`);
    await queryRunner.query(`DROP TABLE "history_entry"`);
    await queryRunner.query(`DROP TABLE "contribution_endorsement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_adc83ee97bfe2eb5b4c0493645"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b85ae48d2cea7de20a83acaacf"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_search_idx"`);
    await queryRunner.query(`DROP TABLE "contribution"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'contribution'],
    );
    await queryRunner.query(`DROP TYPE "public"."contribution_type"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION ruta_spanish`);
  }
}

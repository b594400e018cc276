import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Roadmap1795499611249 implements MigrationInterface {
  name = 'Roadmap1795499611249';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram similarity for duplicate suggestions during consolidation.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE TYPE "public"."priority" AS ENUM('HIGH', 'MEDIUM', 'LOW')`);
    await queryRunner.query(
      `CREATE TYPE "public"."action_item_status" AS ENUM('PROPOSED', 'AGREED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`,
      ['public', 'action_item', 'GENERATED_COLUMN', 'search_vector', "to_tsvector('ruta_spanish'::regconfig, title || ' ' || description)"],
    );
    await queryRunner.query(
      `CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "theme_id" uuid NOT NULL, "competency_key" text, "lead_province_code" character(2) NOT NULL, "responsible_organization_id" uuid, "focal_point_id" uuid, "priority" "public"."priority" NOT NULL DEFAULT 'MEDIUM', "start_date" date, "due_date" date, "status" "public"."action_item_status" NOT NULL DEFAULT 'PROPOSED', "status_reason" text, "progress" smallint NOT NULL DEFAULT '0', "indicators" jsonb NOT NULL DEFAULT '[]', "budget_usd" numeric(14,2), "sdg_numbers" smallint array NOT NULL DEFAULT '{}', "proposed_by_id" uuid NOT NULL, "merged_into_id" uuid, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('ruta_spanish'::regconfig, title || ' ' || description)) STORED NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "action_item_progress_range" CHECK ("progress" BETWEEN 0 AND 100), CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "action_item_search_idx" ON "action_item" USING GIN ("search_vector")`);
    await queryRunner.query(`CREATE INDEX "action_item_title_trgm_idx" ON "action_item" USING GIN ("title" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "action_item_description_trgm_idx" ON "action_item" USING GIN ("description" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "contribution_body_trgm_idx" ON "contribution" USING GIN ("body" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_9ef1ea7edfbc2a22f83ee48677" ON "action_item"  ("merged_into_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4bd97413569e69c554c9c83a4d" ON "action_item"  ("theme_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_7eb19eda2123b302df55392c5e" ON "action_item"  ("lead_province_code", "status") `);
    await queryRunner.query(
      `CREATE TABLE "action_item_source" ("action_item_id" uuid NOT NULL, "contribution_id" uuid NOT NULL, "linked_by_id" uuid NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c459355e8794c9f2ef3e8459be" PRIMARY KEY ("action_item_id", "contribution_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0f7c136b079304f676af0b1196" ON "action_item_source"  ("contribution_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."commitment_kind" AS ENUM('TECHNICAL_ASSISTANCE', 'NON_REIMBURSABLE_FINANCING', 'TRAINING', 'EXCHANGE_OF_EXPERIENCES', 'EQUIPMENT', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."commitment_direction" AS ENUM('REQUEST', 'OFFER')`);
    await queryRunner.query(
      `CREATE TYPE "public"."commitment_status" AS ENUM('PROPOSED', 'ACCEPTED', 'DECLINED', 'FULFILLED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "commitment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_item_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" "public"."commitment_kind" NOT NULL, "direction" "public"."commitment_direction" NOT NULL, "modality_key" text, "description" text NOT NULL, "amount" numeric(14,2), "currency" character(3), "status" "public"."commitment_status" NOT NULL DEFAULT 'PROPOSED', "review_comment" text, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "commitment_amount_currency" CHECK (("amount" IS NULL) = ("currency" IS NULL)), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bec63016be42829bcb8d7bb78" ON "commitment"  ("action_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cf529194f405613381cdc4d24d" ON "commitment"  ("organization_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "saved_view" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "query" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_db1b31cc75e0c202231168b9d98" UNIQUE ("user_id", "name"), CONSTRAINT "PK_be317311b88c1a5e47ad6c19081" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_item_co_province" ("action_item_id" uuid NOT NULL, "province_code" character(2) NOT NULL, CONSTRAINT "PK_e6d1cf47d4b1ab7635e8ee89428" PRIMARY KEY ("action_item_id", "province_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f5a83a2faa7a7883aaa4e23997" ON "action_item_co_province"  ("action_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5a308b0dfdf1c3f2b9c0d959e8" ON "action_item_co_province"  ("province_code") `);
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_1e44c37888b13683beee173faf4" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_82447b0415afc5578c874a532d1" FOREIGN KEY ("competency_key") REFERENCES "competency"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_70ef71ae4f269f0960c6e160b36" FOREIGN KEY ("lead_province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_0b27df8d34a2840ab7ea6f8938c" FOREIGN KEY ("responsible_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_ad0b26e83c5cacd19d6893a7592" FOREIGN KEY ("focal_point_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_2e9645c0769b991b0f21ff8a498" FOREIGN KEY ("proposed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_9ef1ea7edfbc2a22f83ee486774" FOREIGN KEY ("merged_into_id") REFERENCES "action_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_source" ADD CONSTRAINT "FK_07878726fbf8bb6f4a8a7ea0dcd" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_source" ADD CONSTRAINT "FK_0f7c136b079304f676af0b1196a" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_6bec63016be42829bcb8d7bb787" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_55845cd69db9a168d957e2e3386" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_ec06bccea76506235980faf2c06" FOREIGN KEY ("modality_key") REFERENCES "cooperation_modality"("key") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_23a5a951b809fe4dff131e0d606" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD CONSTRAINT "FK_e16b43e8ac93ca43f275bd1e5d9" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_view" ADD CONSTRAINT "FK_a4f6e744d10328531935abd85a8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_co_province" ADD CONSTRAINT "FK_f5a83a2faa7a7883aaa4e239973" FOREIGN KEY ("action_item_id") REFERENCES "action_item"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_item_co_province" ADD CONSTRAINT "FK_5a308b0dfdf1c3f2b9c0d959e86" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_item_co_province" DROP CONSTRAINT "FK_5a308b0dfdf1c3f2b9c0d959e86"`);
    await queryRunner.query(`ALTER TABLE "action_item_co_province" DROP CONSTRAINT "FK_f5a83a2faa7a7883aaa4e239973"`);
    await queryRunner.query(`ALTER TABLE "saved_view" DROP CONSTRAINT "FK_a4f6e744d10328531935abd85a8"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_e16b43e8ac93ca43f275bd1e5d9"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_23a5a951b809fe4dff131e0d606"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_ec06bccea76506235980faf2c06"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_55845cd69db9a168d957e2e3386"`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP CONSTRAINT "FK_6bec63016be42829bcb8d7bb787"`);
    await queryRunner.query(`ALTER TABLE "action_item_source" DROP CONSTRAINT "FK_0f7c136b079304f676af0b1196a"`);
    await queryRunner.query(`ALTER TABLE "action_item_source" DROP CONSTRAINT "FK_07878726fbf8bb6f4a8a7ea0dcd"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_9ef1ea7edfbc2a22f83ee486774"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_2e9645c0769b991b0f21ff8a498"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_ad0b26e83c5cacd19d6893a7592"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_0b27df8d34a2840ab7ea6f8938c"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_70ef71ae4f269f0960c6e160b36"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_82447b0415afc5578c874a532d1"`);
    await queryRunner.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_1e44c37888b13683beee173faf4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a308b0dfdf1c3f2b9c0d959e8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f5a83a2faa7a7883aaa4e23997"`);
    await queryRunner.query(`DROP TABLE "action_item_co_province"`);
    await queryRunner.query(`DROP TABLE "saved_view"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cf529194f405613381cdc4d24d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bec63016be42829bcb8d7bb78"`);
    await queryRunner.query(`DROP TABLE "commitment"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_status"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_direction"`);
    await queryRunner.query(`DROP TYPE "public"."commitment_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f7c136b079304f676af0b1196"`);
    await queryRunner.query(`DROP TABLE "action_item_source"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7eb19eda2123b302df55392c5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4bd97413569e69c554c9c83a4d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ef1ea7edfbc2a22f83ee48677"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_body_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_description_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_title_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."action_item_search_idx"`);
    await queryRunner.query(`DROP TABLE "action_item"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`,
      ['GENERATED_COLUMN', 'search_vector', 'public', 'action_item'],
    );
    await queryRunner.query(`DROP TYPE "public"."action_item_status"`);
    await queryRunner.query(`DROP TYPE "public"."priority"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Memoria1795505564818 implements MigrationInterface {
  name = 'Memoria1795505564818';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."memoria_scope_kind" AS ENUM('FORUM', 'THEME', 'PROVINCE')`);
    await queryRunner.query(`CREATE TYPE "public"."memoria_job_status" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(
      `CREATE TABLE "memoria_job" ("scope_kind" "public"."memoria_scope_kind" NOT NULL, "theme_id" uuid, "province_code" character(2), "language" character(2) NOT NULL, "scope_label" text NOT NULL, "html" text NOT NULL DEFAULT '', "markdown" text NOT NULL DEFAULT '', "pdf" bytea, "docx" bytea, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."memoria_job_status" NOT NULL DEFAULT 'QUEUED', "progress" smallint NOT NULL DEFAULT '0', "error" text, "requested_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f346d90b0f1119313bff5366fb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a2451ec2837e9729ae279cc2f9" ON "memoria_job"  ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "memoria_version" ("scope_kind" "public"."memoria_scope_kind" NOT NULL, "theme_id" uuid, "province_code" character(2), "language" character(2) NOT NULL, "scope_label" text NOT NULL, "html" text NOT NULL DEFAULT '', "markdown" text NOT NULL DEFAULT '', "pdf" bytea, "docx" bytea, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" integer NOT NULL, "job_id" uuid NOT NULL, "published_by_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_778469eff77922140e8acbb3e03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d35013adb9873b63d85344dba5" ON "memoria_version"  ("number") `);
    await queryRunner.query(
      `ALTER TABLE "memoria_job" ADD CONSTRAINT "FK_ec5dbd5657c8333679fe2b3b6e2" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memoria_version" ADD CONSTRAINT "FK_94c6bd214f727c3ddff0749f79d" FOREIGN KEY ("job_id") REFERENCES "memoria_job"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memoria_version" ADD CONSTRAINT "FK_f33b5c696224c9b30ee09999489" FOREIGN KEY ("published_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "memoria_version" DROP CONSTRAINT "FK_f33b5c696224c9b30ee09999489"`);
    await queryRunner.query(`ALTER TABLE "memoria_version" DROP CONSTRAINT "FK_94c6bd214f727c3ddff0749f79d"`);
    await queryRunner.query(`ALTER TABLE "memoria_job" DROP CONSTRAINT "FK_ec5dbd5657c8333679fe2b3b6e2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d35013adb9873b63d85344dba5"`);
    await queryRunner.query(`DROP TABLE "memoria_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2451ec2837e9729ae279cc2f9"`);
    await queryRunner.query(`DROP TABLE "memoria_job"`);
    await queryRunner.query(`DROP TYPE "public"."memoria_job_status"`);
    // One enum type for both tables' scope.
    await queryRunner.query(`DROP TYPE "public"."memoria_scope_kind"`);
  }
}

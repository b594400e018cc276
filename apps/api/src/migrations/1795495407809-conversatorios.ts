import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversatorios1795495407809 implements MigrationInterface {
  name = 'Conversatorios1795495407809';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."conversatorio_status" AS ENUM('PLANNED', 'OPEN', 'CLOSED', 'CONSOLIDATED')`);
    await queryRunner.query(
      `CREATE TABLE "conversatorio" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "theme_id" uuid NOT NULL, "title" text NOT NULL, "purpose" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "moderator_id" uuid, "status" "public"."conversatorio_status" NOT NULL DEFAULT 'PLANNED', "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversatorio_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_13fef91d70060a09145a8a039b1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversatorio_province" ("conversatorio_id" uuid NOT NULL, "province_code" character(2) NOT NULL, CONSTRAINT "PK_aaf0590c4f66074bb85a8a296db" PRIMARY KEY ("conversatorio_id", "province_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_83f03086857c07eacf61cef033" ON "conversatorio_province"  ("conversatorio_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5a11a97f31a8b77dbc192a9345" ON "conversatorio_province"  ("province_code") `);
    await queryRunner.query(
      `ALTER TABLE "conversatorio" ADD CONSTRAINT "FK_fae742e87a1724e629dea95d920" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversatorio" ADD CONSTRAINT "FK_28d2be10251f0dc23e0e2f15ab5" FOREIGN KEY ("moderator_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversatorio_province" ADD CONSTRAINT "FK_83f03086857c07eacf61cef0330" FOREIGN KEY ("conversatorio_id") REFERENCES "conversatorio"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversatorio_province" ADD CONSTRAINT "FK_5a11a97f31a8b77dbc192a9345b" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversatorio_province" DROP CONSTRAINT "FK_5a11a97f31a8b77dbc192a9345b"`);
    await queryRunner.query(`ALTER TABLE "conversatorio_province" DROP CONSTRAINT "FK_83f03086857c07eacf61cef0330"`);
    await queryRunner.query(`ALTER TABLE "conversatorio" DROP CONSTRAINT "FK_28d2be10251f0dc23e0e2f15ab5"`);
    await queryRunner.query(`ALTER TABLE "conversatorio" DROP CONSTRAINT "FK_fae742e87a1724e629dea95d920"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a11a97f31a8b77dbc192a9345"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83f03086857c07eacf61cef033"`);
    await queryRunner.query(`DROP TABLE "conversatorio_province"`);
    await queryRunner.query(`DROP TABLE "conversatorio"`);
    await queryRunner.query(`DROP TYPE "public"."conversatorio_status"`);
  }
}

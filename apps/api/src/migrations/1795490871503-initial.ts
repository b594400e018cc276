import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795490871503 implements MigrationInterface {
  name = 'Initial1795490871503';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "competency" ("key" text NOT NULL, "name" text NOT NULL, "legal_basis" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_8be34795821a6038fc6bb6ba807" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "cooperation_modality" ("key" text NOT NULL, "name" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_76f99091fb1831ce913ff0ab09d" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "province" ("code" character(2) NOT NULL, "name" text NOT NULL, "capital" text NOT NULL, "region" text NOT NULL, "has_prefectura" boolean NOT NULL, CONSTRAINT "UQ_aa290c4049a8aa685a81483389e" UNIQUE ("name"), CONSTRAINT "PK_3288dfa18d390ed33b359fc0418" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sdg" ("number" smallint NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_39a228b7aeae6ae96e62f83df40" PRIMARY KEY ("number"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('GAD_PROVINCIAL', 'CONGOPE', 'MINISTRY', 'COOPERATION_AGENCY', 'INTERNATIONAL_NETWORK', 'ACADEMIA', 'CIVIL_SOCIETY', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "short_name" text, "kind" "public"."organization_kind" NOT NULL, "province_code" character(2), "website" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c21e615583a3ebbb0977452afb0" UNIQUE ("name"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "subtitle" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "time_zone" text NOT NULL DEFAULT 'America/Guayaquil', "modality" text NOT NULL, "platform" text, "opening_at" TIMESTAMP WITH TIME ZONE, "presentation" text NOT NULL, "objectives" jsonb NOT NULL DEFAULT '[]', "specific_objectives" jsonb NOT NULL DEFAULT '[]', "methodology" text NOT NULL, "audience" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_day" ("event_id" uuid NOT NULL, "date" date NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_10a6a19bc06f9c97ad0c2d2790f" PRIMARY KEY ("event_id", "date"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."event_organization_role" AS ENUM('ORGANIZER', 'PARTNER')`);
    await queryRunner.query(
      `CREATE TABLE "event_organization" ("event_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."event_organization_role" NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_92651a9095e31bfcd8f5b66b66e" PRIMARY KEY ("event_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "theme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "position" smallint NOT NULL, CONSTRAINT "UQ_ddc003eb5c873b8cb31128d759b" UNIQUE ("event_id", "key"), CONSTRAINT "PK_c1934d0b4403bf10c1ab0c18166" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."agenda_session_kind" AS ENUM('OPENING', 'KEYNOTE', 'PANEL', 'OPEN_DIALOGUE', 'CLOSING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agenda_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "theme_id" uuid, "kind" "public"."agenda_session_kind" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "agenda_session_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_f5ef5c0c5219755bcb669f19c63" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c5417ab55875627f7440277220" ON "agenda_session"  ("event_id", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "speaker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "job_title" text, "organization_id" uuid, "bio" text NOT NULL DEFAULT '', CONSTRAINT "PK_8441432fc32d602d417bf2687a9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."speaker_role" AS ENUM('HOST', 'KEYNOTE_SPEAKER', 'PANELIST', 'MODERATOR')`);
    await queryRunner.query(
      `CREATE TABLE "session_speaker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "role" "public"."speaker_role" NOT NULL, "position" smallint NOT NULL, "duration_minutes" smallint, "speaker_id" uuid, CONSTRAINT "PK_1410e0b5324ecdb029925383739" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_912dbd6eabd1681dcb98bc8895" ON "session_speaker"  ("session_id", "position") `);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "FK_d59ac8ad616dcea9efaddb7bf0e" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_day" ADD CONSTRAINT "FK_e24064507339f8b7a31f0493e50" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organization" ADD CONSTRAINT "FK_f047dc685ce877049a4f889f958" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_organization" ADD CONSTRAINT "FK_d71ae175170cab3fc42bba36da1" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme" ADD CONSTRAINT "FK_5d1b27619efaba4e31d34cedca5" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_session" ADD CONSTRAINT "FK_1455de2c5cb5735a1d8ad6fae27" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_session" ADD CONSTRAINT "FK_8d561d5b65209907c48af0c44e2" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "speaker" ADD CONSTRAINT "FK_c3bc78c0102041bdc4a1a7804db" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_speaker" ADD CONSTRAINT "FK_a802e3aa1a503e5627d63d8e967" FOREIGN KEY ("session_id") REFERENCES "agenda_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_speaker" ADD CONSTRAINT "FK_66bf3df6ddb2793fb75a6a500fa" FOREIGN KEY ("speaker_id") REFERENCES "speaker"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_speaker" DROP CONSTRAINT "FK_66bf3df6ddb2793fb75a6a500fa"`);
    await queryRunner.query(`ALTER TABLE "session_speaker" DROP CONSTRAINT "FK_a802e3aa1a503e5627d63d8e967"`);
    await queryRunner.query(`ALTER TABLE "speaker" DROP CONSTRAINT "FK_c3bc78c0102041bdc4a1a7804db"`);
    await queryRunner.query(`ALTER TABLE "agenda_session" DROP CONSTRAINT "FK_8d561d5b65209907c48af0c44e2"`);
    await queryRunner.query(`ALTER TABLE "agenda_session" DROP CONSTRAINT "FK_1455de2c5cb5735a1d8ad6fae27"`);
    await queryRunner.query(`ALTER TABLE "theme" DROP CONSTRAINT "FK_5d1b27619efaba4e31d34cedca5"`);
    await queryRunner.query(`ALTER TABLE "event_organization" DROP CONSTRAINT "FK_d71ae175170cab3fc42bba36da1"`);
    await queryRunner.query(`ALTER TABLE "event_organization" DROP CONSTRAINT "FK_f047dc685ce877049a4f889f958"`);
    await queryRunner.query(`ALTER TABLE "event_day" DROP CONSTRAINT "FK_e24064507339f8b7a31f0493e50"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_d59ac8ad616dcea9efaddb7bf0e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_912dbd6eabd1681dcb98bc8895"`);
    await queryRunner.query(`DROP TABLE "session_speaker"`);
    await queryRunner.query(`DROP TYPE "public"."speaker_role"`);
    await queryRunner.query(`DROP TABLE "speaker"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5417ab55875627f7440277220"`);
    await queryRunner.query(`DROP TABLE "agenda_session"`);
    await queryRunner.query(`DROP TYPE "public"."agenda_session_kind"`);
    await queryRunner.query(`DROP TABLE "theme"`);
    await queryRunner.query(`DROP TABLE "event_organization"`);
    await queryRunner.query(`DROP TYPE "public"."event_organization_role"`);
    await queryRunner.query(`DROP TABLE "event_day"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
    await queryRunner.query(`DROP TABLE "sdg"`);
    await queryRunner.query(`DROP TABLE "province"`);
    await queryRunner.query(`DROP TABLE "cooperation_modality"`);
    await queryRunner.query(`DROP TABLE "competency"`);
  }
}

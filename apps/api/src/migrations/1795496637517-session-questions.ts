import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionQuestions1795496637517 implements MigrationInterface {
  name = 'SessionQuestions1795496637517';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."question_status" AS ENUM('PENDING', 'APPROVED', 'HIDDEN', 'ANSWERED')`);
    await queryRunner.query(
      `CREATE TABLE "session_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "status" "public"."question_status" NOT NULL DEFAULT 'PENDING', "moderated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4f764311bcbfa985530fb7c0da5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_88dffd3e5dce9cff84c8b984bf" ON "session_question"  ("session_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "session_question_vote" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_dcaba2a84a9579a6a43388e1804" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_question" ADD CONSTRAINT "FK_d683f71ed0c9df89bdac4121af6" FOREIGN KEY ("session_id") REFERENCES "agenda_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_question" ADD CONSTRAINT "FK_3a9bc3a0dad2abd3ac373e8bf94" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_question_vote" ADD CONSTRAINT "FK_3266dcde9647b2c949b3b3efae2" FOREIGN KEY ("question_id") REFERENCES "session_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_question_vote" ADD CONSTRAINT "FK_f3340f7762c5eb336d0e6024f98" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_question_vote" DROP CONSTRAINT "FK_f3340f7762c5eb336d0e6024f98"`);
    await queryRunner.query(`ALTER TABLE "session_question_vote" DROP CONSTRAINT "FK_3266dcde9647b2c949b3b3efae2"`);
    await queryRunner.query(`ALTER TABLE "session_question" DROP CONSTRAINT "FK_3a9bc3a0dad2abd3ac373e8bf94"`);
    await queryRunner.query(`ALTER TABLE "session_question" DROP CONSTRAINT "FK_d683f71ed0c9df89bdac4121af6"`);
    await queryRunner.query(`DROP TABLE "session_question_vote"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88dffd3e5dce9cff84c8b984bf"`);
    await queryRunner.query(`DROP TABLE "session_question"`);
    await queryRunner.query(`DROP TYPE "public"."question_status"`);
  }
}

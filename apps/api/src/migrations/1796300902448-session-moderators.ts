import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionModerators1796300902448 implements MigrationInterface {
  name = 'SessionModerators1796300902448';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agenda_session_moderator" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_d26eab79e03b732cf344d72847b" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_session_moderator" ADD CONSTRAINT "FK_44502f1a1cb06454373f2f42b34" FOREIGN KEY ("session_id") REFERENCES "agenda_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_session_moderator" ADD CONSTRAINT "FK_b432358ad54ff44faf38280df84" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_session_moderator" DROP CONSTRAINT "FK_b432358ad54ff44faf38280df84"`);
    await queryRunner.query(`ALTER TABLE "agenda_session_moderator" DROP CONSTRAINT "FK_44502f1a1cb06454373f2f42b34"`);
    await queryRunner.query(`DROP TABLE "agenda_session_moderator"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications (one per event, recipient and kind) and the language a person is written to in. */
export class Notifications1796354996671 implements MigrationInterface {
  name = 'Notifications1796354996671';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "actor_id" uuid, "params" jsonb NOT NULL DEFAULT '{}', "link" text NOT NULL, "source_event_id" bigint NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_once" UNIQUE ("source_event_id", "recipient_id", "kind"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "notification_inbox" ON "notification"  ("recipient_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "language" character(2) NOT NULL DEFAULT 'es'`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "language"`);
    await queryRunner.query(`DROP INDEX "public"."notification_inbox"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}

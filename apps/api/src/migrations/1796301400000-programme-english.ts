import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The English versions of the programme's texts, one `english` object per row (event, theme,
 * agenda session), keyed like the Spanish columns; a key missing or null has no translation.
 * See ARCHITECTURE.md ("Programme texts in two languages") for why an object and not `*_en` columns.
 */
export class ProgrammeEnglish1796301400000 implements MigrationInterface {
  name = 'ProgrammeEnglish1796301400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['event', 'theme', 'agenda_session']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "english" jsonb NOT NULL DEFAULT '{}'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['agenda_session', 'theme', 'event']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "english"`);
    }
  }
}

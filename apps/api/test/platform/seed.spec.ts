import { DEFAULT_DEMO_PASSWORD } from '@ruta/server-core';
import { createTestDatabase } from '@ruta/server-testing';
import { demoUserId, FORUM_2023_EVENT_ID, seedDatabase, seedDemoAccounts, sessionId, themeId } from '@ruta/server-seed';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/data-source.js';

async function counts(dataSource: DataSource) {
  const [row] = await dataSource.query(`
    SELECT (SELECT count(*) FROM province)::int AS provinces,
           (SELECT count(*) FROM competency)::int AS competencies,
           (SELECT count(*) FROM sdg)::int AS sdgs,
           (SELECT count(*) FROM cooperation_modality)::int AS modalities,
           (SELECT count(*) FROM organization)::int AS organizations,
           (SELECT count(*) FROM organization WHERE kind = 'GAD_PROVINCIAL')::int AS gads,
           (SELECT count(*) FROM event)::int AS events,
           (SELECT count(*) FROM theme)::int AS themes,
           (SELECT count(*) FROM agenda_session)::int AS sessions,
           (SELECT count(*) FROM session_speaker)::int AS slots,
           (SELECT count(*) FROM conversatorio)::int AS conversatorios`);
  return row as Record<string, number>;
}

describe('seeding the database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(createDataSource);
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('loads the reference data, the organisations and the 2023 forum', async () => {
    expect(await counts(dataSource)).toEqual({
      provinces: 24,
      competencies: 8,
      sdgs: 17,
      modalities: 13,
      organizations: 3 + 20 + 23,
      gads: 23,
      events: 1,
      themes: 4,
      sessions: 14,
      slots: 2 + 4 * (1 + 3 + 1),
      conversatorios: 4,
    });
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await counts(dataSource);
    await expect(seedDatabase(dataSource)).resolves.toEqual({ forumInserted: false });
    await seedDatabase(dataSource);
    expect(await counts(dataSource)).toEqual(before);
  });

  it('never overwrites the forum once an administrator has edited it', async () => {
    await dataSource.query('UPDATE theme SET name = $1 WHERE id = $2', ['Paradiplomacia (editado)', themeId('paradiplomacia')]);
    await seedDatabase(dataSource);
    const [{ name }] = await dataSource.query('SELECT name FROM theme WHERE id = $1', [themeId('paradiplomacia')]);
    expect(name).toBe('Paradiplomacia (editado)');
  });

  it('gives the demo moderator its sessions once, and keeps an administrator’s later choice', async () => {
    const moderated = async () =>
      (
        (await dataSource.query('SELECT session_id FROM agenda_session_moderator WHERE user_id = $1', [
          demoUserId('moderador@demo.ruta.ec'),
        ])) as Array<{ session_id: string }>
      )
        .map((row) => row.session_id)
        .sort();
    // Every open dialogue, and the keynotes and panels of the first two themes.
    const themes = ['cooperacion-descentralizada', 'cooperacion-sur-sur', 'paradiplomacia', 'internacionalizacion-agenda'];
    const expected = [
      ...themes.map((theme) => `${theme}:dialogue`),
      ...themes.slice(0, 2).flatMap((theme) => [`${theme}:keynote`, `${theme}:panel`]),
    ]
      .map(sessionId)
      .sort();
    expect(await moderated()).toEqual(expected);

    const panel = sessionId('cooperacion-sur-sur:panel');
    await dataSource.query('UPDATE agenda_session_moderator SET user_id = $1 WHERE session_id = $2', [
      demoUserId('analista@demo.ruta.ec'),
      panel,
    ]);
    await seedDemoAccounts(dataSource, DEFAULT_DEMO_PASSWORD);
    await seedDemoAccounts(dataSource, DEFAULT_DEMO_PASSWORD);
    expect(await moderated()).toEqual(expected.filter((id) => id !== panel));
    const [{ rows }] = await dataSource.query('SELECT count(*)::int AS rows FROM agenda_session_moderator');
    expect(rows).toBe(expected.length);
  });

  it('runs safely from two instances at once', async () => {
    await dataSource.query('DELETE FROM document');
    await dataSource.query('DELETE FROM commitment');
    await dataSource.query('DELETE FROM action_item_source');
    await dataSource.query('DELETE FROM action_item');
    await dataSource.query('DELETE FROM contribution_endorsement');
    await dataSource.query('DELETE FROM contribution');
    await dataSource.query('DELETE FROM conversatorio');
    await dataSource.query('DELETE FROM event WHERE id = $1', [FORUM_2023_EVENT_ID]);
    const other = createDataSource(database.url);
    await other.initialize();
    try {
      const results = await Promise.all([seedDatabase(dataSource), seedDatabase(other)]);
      expect(results.filter((result) => result.forumInserted)).toHaveLength(1);
      expect(await counts(dataSource)).toMatchObject({ sessions: 14, conversatorios: 4 });
      // The hoja de ruta documents (national and one per theme) and one outcome document per conversatorio.
      const [{ documents }] = await dataSource.query('SELECT count(*)::int AS documents FROM document');
      expect(documents).toBe(1 + 4 + 4);
    } finally {
      await other.destroy();
    }
  });
});

import { ActionItemStatus, Role } from '@ruta/shared-domain';
import type { AuthUser } from '@ruta/server-core';
import { contributionVisibilitySql, contributionVisibleTo } from '@ruta/server-contributions';
import { actionItemVisibilitySql, actionItemVisibleTo } from '@ruta/server-roadmap';
import { demoUserId, organizationId, themeId } from '@ruta/server-seed';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

const viewer = (role: Role, extra: Partial<AuthUser> = {}): AuthUser => ({
  id: demoUserId('analista@demo.ruta.ec'),
  email: 'viewer@demo.ruta.ec',
  displayName: 'Viewer',
  role,
  provinceCode: null,
  organizationId: null,
  sessionId: 'no-session',
  ...extra,
});

/** Every kind of viewer the rules tell apart; `null` is the public. */
const viewers: Record<string, AuthUser | null> = {
  public: null,
  admin: viewer(Role.ADMIN),
  analyst: viewer(Role.ANALYST),
  azuayTechnician: viewer(Role.TECHNICIAN, { provinceCode: '01' }),
  pichinchaTechnician: viewer(Role.TECHNICIAN, { provinceCode: '17' }),
  aecidPartner: viewer(Role.PARTNER, { organizationId: organizationId('aecid') }),
  gizPartner: viewer(Role.PARTNER, { organizationId: organizationId('giz') }),
  moderator: viewer(Role.MODERATOR, { id: demoUserId('moderador@demo.ruta.ec') }),
  otherModerator: viewer(Role.MODERATOR, { id: demoUserId('admin@demo.ruta.ec') }),
};

/**
 * Each visibility rule exists once per entity, as a predicate and as its SQL twin. On the same
 * rows, for every kind of viewer, both must pick the same records.
 */
describe('visibility rules: the predicate and its SQL agree', () => {
  let api: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('action items: proposals, agreed and cancelled ones, through provinces, responsibility and commitments', async () => {
    const analyst = demoUserId('analista@demo.ruta.ec');
    const item = async (title: string, lead: string, extra: { co?: string[]; responsible?: string; status?: ActionItemStatus } = {}) => {
      const [{ id }] = (await db.query(
        `INSERT INTO action_item (title, description, theme_id, lead_province_code, responsible_organization_id, proposed_by_id, version)
         VALUES ($1, '', $2, $3, $4, $5, 1) RETURNING id`,
        [title, themeId('paradiplomacia'), lead, extra.responsible ?? null, analyst],
      )) as Array<{ id: string }>;
      for (const code of extra.co ?? []) await db.query('INSERT INTO action_item_co_province VALUES ($1, $2)', [id, code]);
      if (extra.status) await db.query('UPDATE action_item SET status = $2 WHERE id = $1', [id, extra.status]);
      return id;
    };
    const commit = (itemId: string, organization: string) =>
      db.query(
        `INSERT INTO commitment (action_item_id, organization_id, kind, direction, description, created_by_id, version)
         VALUES ($1, $2, 'TECHNICAL_ASSISTANCE', 'OFFER', 'Apoyo', $3, 1)`,
        [itemId, organizationId(organization), analyst],
      );

    const ids = [
      await item('Propuesta de Azuay', '01'),
      await item('Propuesta de Pichincha con Azuay', '17', { co: ['01'] }),
      await item('Propuesta a cargo de AECID', '09', { responsible: organizationId('aecid') }),
      await item('Propuesta acordada', '09', { status: ActionItemStatus.AGREED }),
      await item('Propuesta cancelada sin acordar', '01', { status: ActionItemStatus.CANCELLED }),
    ];
    const withGiz = await item('Propuesta con oferta de GIZ', '09');
    await commit(withGiz, 'giz');
    const agreedThenCancelled = await item('Acordada y luego cancelada', '17', { status: ActionItemStatus.AGREED });
    await db.query(`UPDATE action_item SET status = 'CANCELLED' WHERE id = $1`, [agreedThenCancelled]);
    ids.push(withGiz, agreedThenCancelled);

    const facts = (await db.query(
      `SELECT i.id, i.lead_province_code AS "leadProvinceCode", i.status, i.agreed_at IS NOT NULL AS agreed,
              array_prepend(i.lead_province_code::text, array(SELECT co.province_code::text FROM action_item_co_province co WHERE co.action_item_id = i.id)) AS "provinceCodes",
              array_remove(array_prepend(i.responsible_organization_id, array(SELECT c.organization_id FROM commitment c WHERE c.action_item_id = i.id)), NULL)::text[] AS "organizationIds"
         FROM action_item i WHERE i.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<Parameters<typeof actionItemVisibleTo>[1] & { id: string }>;
    expect(facts).toHaveLength(ids.length);

    const seen: Record<string, number> = {};
    for (const [name, person] of Object.entries(viewers)) {
      const byRule = facts.filter((row) => actionItemVisibleTo(person, row)).map((row) => row.id);
      const query = db.createQueryBuilder().select('item.id', 'id').from('action_item', 'item').where('item.id = ANY(:ids)', { ids });
      const condition = actionItemVisibilitySql(person, 'item');
      if (condition) query.andWhere(condition.sql, condition.parameters);
      const bySql = (await query.getRawMany<{ id: string }>()).map((row) => row.id);
      expect({ name, ids: [...bySql].sort() }).toEqual({ name, ids: [...byRule].sort() });
      seen[name] = byRule.length;
    }
    // The rows tell the viewers apart: the test would not pass with a rule that shows everything or nothing.
    expect(seen).toEqual({
      public: 2,
      admin: 7,
      analyst: 7,
      azuayTechnician: 5,
      pichinchaTechnician: 3,
      aecidPartner: 3,
      gizPartner: 3,
      moderator: 2,
      otherModerator: 2,
    });
  });

  it('contributions: hidden ones for CONGOPE and their conversatorio’s moderator only', async () => {
    const [conversatorio] = (await db.query('SELECT id FROM conversatorio ORDER BY starts_at LIMIT 1')) as Array<{ id: string }>;
    await db.query('UPDATE conversatorio SET moderator_id = $2 WHERE id = $1', [conversatorio.id, demoUserId('moderador@demo.ruta.ec')]);
    const author = demoUserId('tecnico.azuay@demo.ruta.ec');
    const ids: string[] = [];
    for (const hidden of [false, true]) {
      const [{ id }] = (await db.query(
        `INSERT INTO contribution (conversatorio_id, province_code, author_id, type, body, hidden_at, version)
         VALUES ($1, '01', $2, 'PROPOSAL', $3, $4, 1) RETURNING id`,
        [conversatorio.id, author, hidden ? 'Oculta por moderación' : 'Visible para todos', hidden ? new Date() : null],
      )) as Array<{ id: string }>;
      ids.push(id);
    }
    const facts = (await db.query(
      `SELECT c.id, c.hidden_at IS NOT NULL AS hidden, cv.moderator_id AS "moderatorId"
         FROM contribution c JOIN conversatorio cv ON cv.id = c.conversatorio_id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )) as Array<{ id: string; hidden: boolean; moderatorId: string | null }>;

    const seen: Record<string, number> = {};
    for (const [name, person] of Object.entries(viewers)) {
      const byRule = facts.filter((row) => contributionVisibleTo(person, row)).map((row) => row.id);
      const query = db
        .createQueryBuilder()
        .select('contribution.id', 'id')
        .from('contribution', 'contribution')
        .innerJoin('conversatorio', 'conversatorio', 'conversatorio.id = contribution.conversatorio_id')
        .where('contribution.id = ANY(:ids)', { ids });
      const condition = contributionVisibilitySql(person, 'contribution', 'conversatorio');
      if (condition) query.andWhere(condition.sql, condition.parameters);
      const bySql = (await query.getRawMany<{ id: string }>()).map((row) => row.id);
      expect({ name, ids: [...bySql].sort() }).toEqual({ name, ids: [...byRule].sort() });
      seen[name] = byRule.length;
    }
    expect(seen).toEqual({
      public: 1,
      admin: 2,
      analyst: 2,
      azuayTechnician: 1,
      pichinchaTechnician: 1,
      aecidPartner: 1,
      gizPartner: 1,
      moderator: 2,
      otherModerator: 1,
    });
  });
});

import { conversatorioId, demoContributionId, demoUserId, organizationId, themeId } from '@ruta/server-seed';
import { countStatements, type GqlResponse } from '@ruta/server-testing';
import { sessionFor } from './actors.js';
import { startTestApp, type TestApp } from './test-app.js';

interface Ref {
  id: string;
  title: string;
  status: string;
}
interface HistoryData {
  id: string;
  entityId: string;
  action: string;
  actor: { displayName: string } | null;
  changes: Array<{ field: string; before: string | null; after: string | null }>;
}
interface CommitmentData {
  id: string;
  kind: string;
  direction: string;
  status: string;
  amount: number | null;
  currency: string | null;
  version: number;
  awaitingMyReview: boolean;
  reviewComment: string | null;
  reviewedBy: { id: string; displayName: string } | null;
  organization: { id: string; shortName: string | null };
  actionItem: Ref;
}
interface ItemData {
  id: string;
  title: string;
  description: string;
  status: string;
  statusReason: string | null;
  progress: number;
  priority: string;
  version: number;
  budgetUsd: number | null;
  theme: { key: string };
  leadProvince: { code: string };
  coProvinces: Array<{ code: string }>;
  sdgs: Array<{ number: number }>;
  indicators: Array<{ name: string }>;
  proposedBy: { displayName: string };
  mergedInto: Ref | null;
  sources: Array<{ id: string }>;
  absorbed: Array<{ id: string }>;
  commitments: Array<{ id: string; organization: { id: string } }>;
  history: HistoryData[];
}
interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const ITEM = `id title description status statusReason progress priority version budgetUsd theme { key } leadProvince { code }
  coProvinces { code } sdgs { number } indicators { name } proposedBy { displayName } mergedInto { id title status }`;
const FULL_ITEM = `${ITEM} sources { id } absorbed { id } commitments { id organization { id } }
  history { id entityId action actor { displayName } changes { field before after } }`;
const COMMITMENT = `id kind direction status amount currency version awaitingMyReview reviewComment reviewedBy { id displayName }
  organization { id shortName } actionItem { id title status }`;

const PROPOSE = `mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { ${FULL_ITEM} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { ${ITEM} } }`;
const GET = `query ($id: ID!) { actionItem(id: $id) { ${FULL_ITEM} } }`;
const LIST = `query ($filter: ActionItemFilter, $first: Int!, $after: String) {
  actionItems(filter: $filter, first: $first, after: $after) {
    nodes { id status leadProvince { code } coProvinces { code } } totalCount pageInfo { endCursor hasNextPage } } }`;
const MERGE = `mutation ($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {
  mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {
    ${FULL_ITEM} } }`;
const REQUEST = `mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { ${COMMITMENT} } }`;
const OFFER = `mutation ($input: CommitmentInput!) { offerCommitment(input: $input) { ${COMMITMENT} } }`;
const REVIEW = `mutation ($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {
  reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) { ${COMMITMENT} } }`;
const FULFILL = `mutation ($id: ID!, $expectedVersion: Int!) { fulfillCommitment(id: $id, expectedVersion: $expectedVersion) { ${COMMITMENT} } }`;
const GET_COMMITMENT = `query ($id: ID!) { commitment(id: $id) { ${COMMITMENT} } }`;
const COMMITMENTS = `query ($filter: CommitmentFilter) { commitments(filter: $filter, first: 100) { nodes { ${COMMITMENT} } totalCount } }`;
const CREATE_CONTRIBUTION = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }`;
const QUEUE = `{ consolidationQueue(first: 100) { nodes { id } totalCount } }`;
const SUMMARY = `{ consolidationSummary { themeId themeName provinceCode provinceName count } }`;
const LINK = `mutation ($id: ID!, $contributionIds: [ID!]!) { linkContributions(id: $id, contributionIds: $contributionIds) { ${FULL_ITEM} } }`;
const UNLINK = `mutation ($id: ID!, $contributionId: ID!) { unlinkContribution(id: $id, contributionId: $contributionId) { ${FULL_ITEM} } }`;

const AECID = organizationId('aecid');
const GIZ = organizationId('giz');
const AZUAY_PROPOSAL = demoContributionId(0);
const PICHINCHA_NEED = demoContributionId(1);
const AZUAY_RISK = demoContributionId(4);

const codeOf = (response: GqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;
const fieldsOf = (response: GqlResponse<unknown>) =>
  (response.errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined)?.map((field) => field.field);

describe('the roadmap (hoja de ruta)', () => {
  let api: TestApp;
  let admin: string;
  let analyst: string;
  let azuay: string;
  let pichincha: string;
  let aecid: string;
  let giz: string;
  let moderator: string;

  const count = async (table: string, where = 'true', parameters: unknown[] = []) =>
    ((await api.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, parameters)) as Array<{ n: number }>)[0].n;
  const counts = async () => ({
    items: await count('action_item'),
    sources: await count('action_item_source'),
    commitments: await count('commitment'),
    history: await count('history_entry'),
  });

  const propose = (token: string, input: Record<string, unknown> = {}) =>
    api.gql<{ proposeActionItem: ItemData }>(PROPOSE, {
      token,
      variables: {
        input: {
          title: 'Acción de prueba de la hoja de ruta',
          themeId: themeId('cooperacion-descentralizada'),
          leadProvinceCode: '01',
          ...input,
        },
      },
    });
  const proposed = async (token: string, input: Record<string, unknown> = {}) => {
    const response = await propose(token, input);
    expect(response.errors).toBeUndefined();
    return response.data!.proposeActionItem;
  };
  const update = (token: string, id: string, input: Record<string, unknown>) =>
    api.gql<{ updateActionItem: ItemData }>(UPDATE, { token, variables: { id, input } });
  const read = (token: string, id: string) => api.gql<{ actionItem: ItemData }>(GET, { token, variables: { id } });
  const item = async (id: string, token = analyst) => {
    const response = await read(token, id);
    expect(response.errors).toBeUndefined();
    return response.data!.actionItem;
  };
  /** The analyst moves an item to a status, from the version it has now. */
  const move = async (id: string, status: string, extra: Record<string, unknown> = {}) => {
    const { version } = await item(id);
    const response = await update(analyst, id, { status, expectedVersion: version, ...extra });
    expect(response.errors).toBeUndefined();
    return response.data!.updateActionItem;
  };
  const listIds = async (token: string) => {
    const { data, errors } = await api.gql<{ actionItems: Connection<{ id: string }> }>(LIST, { token, variables: { first: 100 } });
    expect(errors).toBeUndefined();
    return data!.actionItems.nodes.map((node) => node.id);
  };
  const contribute = async (body: string, token = azuay) => {
    const { data, errors } = await api.gql<{ createContribution: { id: string } }>(CREATE_CONTRIBUTION, {
      token,
      variables: {
        input: {
          conversatorioId: conversatorioId('cooperacion-descentralizada'),
          provinceCode: '01',
          type: 'PROPOSAL',
          body,
          competencyKeys: [],
          sdgNumbers: [],
        },
      },
    });
    expect(errors).toBeUndefined();
    return data!.createContribution.id;
  };
  const queueIds = async () => {
    const { data, errors } = await api.gql<{ consolidationQueue: Connection<{ id: string }> }>(QUEUE, { token: analyst });
    expect(errors).toBeUndefined();
    return data!.consolidationQueue.nodes.map((node) => node.id);
  };
  const request = (token: string, input: Record<string, unknown>) =>
    api.gql<{ requestCommitment: CommitmentData }>(REQUEST, {
      token,
      variables: { input: { organizationId: AECID, kind: 'TRAINING', description: 'Dos módulos de formación.', ...input } },
    });

  beforeAll(async () => {
    api = await startTestApp();
    [admin, analyst, azuay, pichincha, aecid, giz, moderator] = await Promise.all(
      [
        'admin@demo.ruta.ec',
        'analista@demo.ruta.ec',
        'tecnico.azuay@demo.ruta.ec',
        'tecnico.pichincha@demo.ruta.ec',
        'socio.aecid@demo.ruta.ec',
        'socio.giz@demo.ruta.ec',
        'moderador@demo.ruta.ec',
      ].map((email) => sessionFor(api, email)),
    );
  });
  afterAll(() => api.close());

  it('a technician proposes an item for their province from its contribution; the chain is navigable both ways', async () => {
    expect(await queueIds()).toContain(AZUAY_PROPOSAL);
    const created = await proposed(azuay, {
      title: '  Hermanamiento con regiones de España para el riego comunitario  ',
      sourceContributionIds: [AZUAY_PROPOSAL],
    });
    expect(created).toMatchObject({
      title: 'Hermanamiento con regiones de España para el riego comunitario',
      status: 'PROPOSED',
      statusReason: null,
      progress: 0,
      version: 1,
      leadProvince: { code: '01' },
      theme: { key: 'cooperacion-descentralizada' },
      proposedBy: { displayName: 'Técnica de Azuay (demo)' },
      mergedInto: null,
      sources: [{ id: AZUAY_PROPOSAL }],
    });
    expect(created.history).toEqual([
      expect.objectContaining({ action: 'created', entityId: created.id, actor: { displayName: 'Técnica de Azuay (demo)' } }),
    ]);

    const back = await api.gql<{ contribution: { actionItems: Ref[] } }>(
      `query ($id: ID!) { contribution(id: $id) { actionItems { id title status } } }`,
      { token: azuay, variables: { id: AZUAY_PROPOSAL } },
    );
    expect(back.data?.contribution.actionItems).toEqual([{ id: created.id, title: created.title, status: 'PROPOSED' }]);
    const [row] = await api.db.query(`SELECT proposed_by_id FROM action_item WHERE id = $1`, [created.id]);
    expect(row.proposed_by_id).toBe(demoUserId('tecnico.azuay@demo.ruta.ec'));
    // Linked now: no longer waiting for consolidation.
    expect(await queueIds()).not.toContain(AZUAY_PROPOSAL);
  });

  it('keeps technicians to their province and a proposal to those who may see it, until it is agreed', async () => {
    const before = await counts();
    const otherProvince = await propose(azuay, { leadProvinceCode: '17' });
    expect(codeOf(otherProvince)).toBe('FORBIDDEN');
    const otherSource = await propose(azuay, { sourceContributionIds: [PICHINCHA_NEED] });
    expect(codeOf(otherSource)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(otherSource)).toEqual(['sourceContributionIds']);
    const partner = await propose(aecid);
    expect(codeOf(partner)).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const secret = await proposed(azuay, { title: 'Propuesta reservada de Azuay', sourceContributionIds: [AZUAY_RISK] });
    for (const token of [pichincha, giz, aecid, moderator]) {
      expect(codeOf(await read(token, secret.id))).toBe('NOT_FOUND');
      expect(await listIds(token)).not.toContain(secret.id);
    }
    const SOURCE_ITEMS = `query ($id: ID!) { contribution(id: $id) { actionItems { id } } }`;
    const fromSource = (token: string) =>
      api.gql<{ contribution: { actionItems: Array<{ id: string }> } }>(SOURCE_ITEMS, { token, variables: { id: AZUAY_RISK } });
    expect((await fromSource(pichincha)).data?.contribution.actionItems).toEqual([]);
    expect((await fromSource(azuay)).data?.contribution.actionItems).toEqual([{ id: secret.id }]);
    const moveAway = await update(azuay, secret.id, { leadProvinceCode: '17', expectedVersion: 1 });
    expect(codeOf(moveAway)).toBe('FORBIDDEN');
    expect((await item(secret.id, analyst)).title).toBe('Propuesta reservada de Azuay');
    expect(await listIds(analyst)).toContain(secret.id);
    expect(await listIds(azuay)).toContain(secret.id);
    expect(await item(secret.id, azuay)).toMatchObject({ leadProvince: { code: '01' }, version: 1 });

    // A partner sees a proposal their organisation has a commitment on; other partners do not.
    const asked = await request(analyst, { actionItemId: secret.id });
    expect(asked.errors).toBeUndefined();
    expect((await item(secret.id, aecid)).id).toBe(secret.id);
    expect(await listIds(aecid)).toContain(secret.id);
    expect(codeOf(await read(giz, secret.id))).toBe('NOT_FOUND');

    await move(secret.id, 'AGREED');
    for (const token of [pichincha, giz, aecid, moderator, azuay, admin]) {
      expect((await item(secret.id, token)).status).toBe('AGREED');
      expect(await listIds(token)).toContain(secret.id);
    }
    expect((await fromSource(pichincha)).data?.contribution.actionItems).toEqual([{ id: secret.id }]);
  });

  it('moves through its statuses only as the transitions allow, and only analysts move it', async () => {
    const { id } = await proposed(azuay, { title: 'Acción para probar transiciones' });
    const retitled = await update(azuay, id, { title: 'Acción retitulada por la técnica', expectedVersion: 1 });
    expect(retitled.errors).toBeUndefined();
    expect(retitled.data?.updateActionItem).toMatchObject({ title: 'Acción retitulada por la técnica', version: 2 });

    const byTechnician = await update(azuay, id, { status: 'AGREED', expectedVersion: 2 });
    expect(codeOf(byTechnician)).toBe('FORBIDDEN');
    const skip = await update(analyst, id, { status: 'DONE', expectedVersion: 2 });
    expect(codeOf(skip)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(skip)).toEqual(['status']);
    expect(await item(id)).toMatchObject({ status: 'PROPOSED', version: 2 });

    const agreed = await update(analyst, id, { status: 'AGREED', expectedVersion: 2 });
    expect(agreed.data?.updateActionItem).toMatchObject({ status: 'AGREED', version: 3 });
    const lateEdit = await update(azuay, id, { title: 'Ya no puede cambiarla', expectedVersion: 3 });
    expect(codeOf(lateEdit)).toBe('FORBIDDEN');

    const noReason = await update(analyst, id, { status: 'BLOCKED', expectedVersion: 3 });
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noReason)).toEqual(['statusReason']);
    const blankReason = await update(analyst, id, { status: 'BLOCKED', statusReason: '   ', expectedVersion: 3 });
    expect(fieldsOf(blankReason)).toEqual(['statusReason']);
    const blocked = await update(analyst, id, { status: 'BLOCKED', statusReason: 'Sin contraparte financiera', expectedVersion: 3 });
    expect(blocked.data?.updateActionItem).toMatchObject({ status: 'BLOCKED', statusReason: 'Sin contraparte financiera', version: 4 });

    const resumed = await update(analyst, id, { status: 'IN_PROGRESS', expectedVersion: 4 });
    expect(resumed.data?.updateActionItem).toMatchObject({ status: 'IN_PROGRESS', statusReason: null, version: 5 });

    for (const progress of [101, -1]) {
      const outOfRange = await update(analyst, id, { progress, expectedVersion: 5 });
      expect(codeOf(outOfRange)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(outOfRange)).toEqual(['progress']);
    }
    const halfway = await update(analyst, id, { progress: 50, expectedVersion: 5 });
    expect(halfway.data?.updateActionItem).toMatchObject({ progress: 50, version: 6 });

    const done = await update(analyst, id, { status: 'DONE', expectedVersion: 6 });
    expect(done.data?.updateActionItem).toMatchObject({ status: 'DONE', progress: 100, version: 7 });
    for (const input of [
      { status: 'IN_PROGRESS' },
      { status: 'BLOCKED', statusReason: 'Otra vez' },
      { status: 'CANCELLED', statusReason: 'Ya no' },
    ]) {
      const final = await update(analyst, id, { ...input, expectedVersion: 7 });
      expect(codeOf(final)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(final)).toContain('status');
    }
    expect(await item(id)).toMatchObject({ status: 'DONE', progress: 100, version: 7, title: 'Acción retitulada por la técnica' });
    const [row] = await api.db.query(`SELECT status, progress, version FROM action_item WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'DONE', progress: 100, version: 7 });
  });

  it('an update changes only the fields it names, leaving the others as they were', async () => {
    const original = await proposed(analyst, {
      title: 'Acción con todos sus campos',
      description: 'Una descripción que debe quedarse.',
      leadProvinceCode: '11',
      coProvinceCodes: ['03', '07'],
      priority: 'HIGH',
      sdgNumbers: [6, 17],
      indicators: [{ name: 'Talleres', unit: 'talleres', baseline: 0, target: 4 }],
      budgetUsd: 12000,
      startDate: '2024-01-01',
      dueDate: '2024-12-31',
    });
    const retitled = await update(analyst, original.id, { title: 'Acción con todos sus campos, retitulada', expectedVersion: 1 });
    expect(retitled.errors).toBeUndefined();
    const unchanged = {
      description: 'Una descripción que debe quedarse.',
      leadProvince: { code: '11' },
      coProvinces: [{ code: '03' }, { code: '07' }],
      priority: 'HIGH',
      sdgs: [{ number: 6 }, { number: 17 }],
      indicators: [{ name: 'Talleres' }],
      budgetUsd: 12000,
    };
    expect(original).toMatchObject(unchanged);
    expect(retitled.data?.updateActionItem).toMatchObject({ ...unchanged, title: 'Acción con todos sus campos, retitulada', version: 2 });
    const [row] = await api.db.query(
      `SELECT description, priority, sdg_numbers, start_date::text, due_date::text FROM action_item WHERE id = $1`,
      [original.id],
    );
    expect(row).toEqual({
      description: 'Una descripción que debe quedarse.',
      priority: 'HIGH',
      sdg_numbers: [6, 17],
      start_date: '2024-01-01',
      due_date: '2024-12-31',
    });
  });

  it('lets one of two concurrent edits of the same version win; the other gets VERSION_CONFLICT with the winner’s values', async () => {
    const { id } = await proposed(analyst, { title: 'Acción disputada por dos personas' });
    const historyBefore = await count('history_entry', `entity_id = $1 AND action = 'updated'`, [id]);
    const titles = ['Versión de la analista', 'Versión de la administración'];
    const responses = await Promise.all([
      update(analyst, id, { title: titles[0], expectedVersion: 1 }),
      update(admin, id, { title: titles[1], expectedVersion: 1 }),
    ]);
    const winners = responses.filter((response) => !response.errors);
    const losers = responses.filter((response) => response.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const winner = winners[0].data!.updateActionItem;
    expect(titles).toContain(winner.title);
    expect(winner.version).toBe(2);
    expect(losers[0].errors?.[0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { id, title: winner.title, version: 2 },
    });
    const [row] = await api.db.query(`SELECT title, version FROM action_item WHERE id = $1`, [id]);
    expect(row).toEqual({ title: winner.title, version: 2 });
    expect(await count('history_entry', `entity_id = $1 AND action = 'updated'`, [id])).toBe(historyBefore + 1);

    const many = await proposed(analyst, { title: 'Acción editada por diez a la vez' });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        update(index % 2 ? admin : analyst, many.id, { title: `Versión concurrente número ${index}`, expectedVersion: 1 }),
      ),
    );
    const successes = results.filter((response) => !response.errors).length;
    const conflicts = results.filter((response) => codeOf(response) === 'VERSION_CONFLICT').length;
    expect(successes + conflicts).toBe(10);
    expect(successes).toBe(1);
    const [final] = await api.db.query(`SELECT version FROM action_item WHERE id = $1`, [many.id]);
    expect(final.version).toBe(1 + successes);
    expect(await count('history_entry', `entity_id = $1 AND action = 'updated'`, [many.id])).toBe(successes);
  });

  it('records who changed what, field by field, before and after as JSON', async () => {
    const { id } = await proposed(analyst, { title: 'Historia inicial de la acción', priority: 'LOW' });
    const changed = await update(analyst, id, { title: 'Historia revisada de la acción', priority: 'HIGH', expectedVersion: 1 });
    expect(changed.errors).toBeUndefined();
    const { history } = await item(id);
    expect(history.map((entry) => entry.action)).toEqual(['updated', 'created']);
    const [updated] = history;
    expect(updated).toMatchObject({ entityId: id, actor: { displayName: 'Analista de CONGOPE (demo)' } });
    expect(updated.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'title',
          before: JSON.stringify('Historia inicial de la acción'),
          after: JSON.stringify('Historia revisada de la acción'),
        },
        { field: 'priority', before: '"LOW"', after: '"HIGH"' },
      ]),
    );
  });

  it('merges an item into another: sources, provinces and commitments move over; nothing is deleted', async () => {
    const kept = await contribute('Fortalecer las juntas de riego comunitario de la cuenca del Paute con apoyo técnico.');
    const moved = await contribute('Apoyar a las juntas de riego de la cuenca del Jubones con asistencia técnica internacional.');
    const target = await proposed(analyst, { title: 'Juntas de riego del Paute', sourceContributionIds: [kept] });
    const absorbed = await proposed(analyst, {
      title: 'Juntas de riego del Jubones',
      leadProvinceCode: '07',
      sourceContributionIds: [moved],
    });
    const commitment = await request(analyst, { actionItemId: absorbed.id, organizationId: GIZ, kind: 'TECHNICAL_ASSISTANCE' });
    expect(commitment.errors).toBeUndefined();
    const commitmentId = commitment.data!.requestCommitment.id;

    const self = await api.gql(MERGE, {
      token: analyst,
      variables: { targetId: target.id, targetVersion: 1, absorbedId: target.id, absorbedVersion: 1 },
    });
    expect(codeOf(self)).toBe('BAD_USER_INPUT');

    const retitled = await update(analyst, target.id, { title: 'Juntas de riego del Paute y del Jubones', expectedVersion: 1 });
    expect(retitled.errors).toBeUndefined();
    const before = await counts();
    const stale = await api.gql(MERGE, {
      token: analyst,
      variables: { targetId: target.id, targetVersion: 1, absorbedId: absorbed.id, absorbedVersion: 1 },
    });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(await counts()).toEqual(before);
    expect(await item(absorbed.id)).toMatchObject({ status: 'PROPOSED', mergedInto: null, version: 1, sources: [{ id: moved }] });
    expect((await item(target.id)).sources).toEqual([{ id: kept }]);

    const merged = await api.gql<{ mergeActionItems: ItemData }>(MERGE, {
      token: analyst,
      variables: { targetId: target.id, targetVersion: 2, absorbedId: absorbed.id, absorbedVersion: 1 },
    });
    expect(merged.errors).toBeUndefined();
    const result = merged.data!.mergeActionItems;
    expect(result.id).toBe(target.id);
    expect(result.sources.map((source) => source.id)).toEqual([kept, moved]);
    expect(result.coProvinces.map((province) => province.code)).toContain('07');
    expect(result.absorbed).toEqual([{ id: absorbed.id }]);
    expect(result.commitments.map((entry) => entry.id)).toContain(commitmentId);
    expect(result.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'absorbed', entityId: target.id }),
        expect.objectContaining({ action: 'created', entityId: absorbed.id }),
        expect.objectContaining({ action: 'created', entityId: target.id }),
      ]),
    );

    const gone = await item(absorbed.id);
    expect(gone).toMatchObject({ status: 'CANCELLED', mergedInto: { id: target.id }, sources: [{ id: moved }] });
    expect(gone.statusReason).toEqual(expect.stringMatching(/\S/));
    expect(gone.commitments).toEqual([]);
    const after = await counts();
    expect(after.items).toBe(before.items);
    expect(after.commitments).toBe(before.commitments);
    expect(after.sources).toBe(before.sources + 1);
    expect(after.history).toBeGreaterThan(before.history);
    expect(await listIds(analyst)).not.toContain(absorbed.id);

    const other = await proposed(analyst, { title: 'Otra acción para fusionar' });
    const intoCancelled = await api.gql(MERGE, {
      token: analyst,
      variables: { targetId: absorbed.id, targetVersion: gone.version, absorbedId: other.id, absorbedVersion: 1 },
    });
    expect(codeOf(intoCancelled)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(intoCancelled)).toContain('targetId');
    expect(await item(other.id)).toMatchObject({ status: 'PROPOSED', mergedInto: null, version: 1 });

    const byTechnician = await api.gql(MERGE, {
      token: azuay,
      variables: { targetId: other.id, targetVersion: 1, absorbedId: target.id, absorbedVersion: 3 },
    });
    expect(codeOf(byTechnician)).toBe('FORBIDDEN');
  });

  it('commitments: asked of a partner, seen and reviewed only by that partner, then fulfilled; offers go the other way', async () => {
    const { id: itemId } = await proposed(analyst, { title: 'Acción con compromisos de socios', leadProvinceCode: '17' });
    await move(itemId, 'AGREED');
    const before = await count('commitment');
    const noCurrency = await request(analyst, { actionItemId: itemId, amount: 5000 });
    expect(codeOf(noCurrency)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(noCurrency)).toEqual(['currency']);
    expect(await count('commitment')).toBe(before);

    const asked = await request(analyst, { actionItemId: itemId, amount: 5000, currency: 'EUR' });
    expect(asked.errors).toBeUndefined();
    const commitment = asked.data!.requestCommitment;
    expect(commitment).toMatchObject({
      kind: 'TRAINING',
      direction: 'REQUEST',
      status: 'PROPOSED',
      amount: 5000,
      currency: 'EUR',
      version: 1,
      awaitingMyReview: false,
      organization: { id: AECID, shortName: 'AECID' },
      actionItem: { id: itemId, status: 'AGREED' },
    });

    expect(codeOf(await api.gql(GET_COMMITMENT, { token: giz, variables: { id: commitment.id } }))).toBe('NOT_FOUND');
    const gizList = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, { token: giz });
    expect(gizList.data?.commitments.nodes.map((node) => node.id)).not.toContain(commitment.id);
    const gizReview = await api.gql(REVIEW, {
      token: giz,
      variables: { id: commitment.id, expectedVersion: 1, decision: 'ACCEPTED', comment: 'No es nuestro' },
    });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(gizReview));
    const gizItem = await item(itemId, giz);
    expect(gizItem.commitments.map((entry) => entry.id)).not.toContain(commitment.id);
    expect((await item(itemId, analyst)).commitments.map((entry) => entry.id)).toContain(commitment.id);
    const [untouched] = await api.db.query(`SELECT status, version, reviewed_by_id FROM commitment WHERE id = $1`, [commitment.id]);
    expect(untouched).toEqual({ status: 'PROPOSED', version: 1, reviewed_by_id: null });

    const seen = await api.gql<{ commitment: CommitmentData }>(GET_COMMITMENT, { token: aecid, variables: { id: commitment.id } });
    expect(seen.data?.commitment.awaitingMyReview).toBe(true);
    const awaiting = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, {
      token: aecid,
      variables: { filter: { awaitingMyReview: true } },
    });
    expect(awaiting.data?.commitments.nodes.map((node) => node.id)).toContain(commitment.id);
    expect(awaiting.data?.commitments.nodes.every((node) => node.awaitingMyReview && node.status === 'PROPOSED')).toBe(true);

    const declineSilently = await api.gql(REVIEW, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 1, decision: 'DECLINED' },
    });
    expect(codeOf(declineSilently)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(declineSilently)).toEqual(['comment']);
    const accepted = await api.gql<{ reviewCommitment: CommitmentData }>(REVIEW, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 1, decision: 'ACCEPTED', comment: 'Incluido en la programación anual.' },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.reviewCommitment).toMatchObject({
      status: 'ACCEPTED',
      version: 2,
      awaitingMyReview: false,
      reviewComment: 'Incluido en la programación anual.',
      reviewedBy: { id: demoUserId('socio.aecid@demo.ruta.ec'), displayName: 'Socio AECID (demo)' },
    });
    const again = await api.gql(REVIEW, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 2, decision: 'DECLINED', comment: 'Cambiamos de opinión' },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    const fulfilled = await api.gql<{ fulfillCommitment: CommitmentData }>(FULFILL, {
      token: aecid,
      variables: { id: commitment.id, expectedVersion: 2 },
    });
    expect(fulfilled.errors).toBeUndefined();
    expect(fulfilled.data?.fulfillCommitment).toMatchObject({ status: 'FULFILLED', version: 3 });

    // Offers: a partner offers only for their own organisation; CONGOPE reviews them.
    const offerInput = { actionItemId: itemId, kind: 'EQUIPMENT', description: 'Equipos de cómputo para el equipo provincial.' };
    const forOthers = await api.gql(OFFER, { token: aecid, variables: { input: { ...offerInput, organizationId: GIZ } } });
    expect(codeOf(forOthers)).toBe('FORBIDDEN');
    expect(await count('commitment', 'action_item_id = $1', [itemId])).toBe(1);
    const offered = await api.gql<{ offerCommitment: CommitmentData }>(OFFER, {
      token: aecid,
      variables: { input: { ...offerInput, organizationId: AECID } },
    });
    expect(offered.errors).toBeUndefined();
    expect(offered.data?.offerCommitment).toMatchObject({ direction: 'OFFER', status: 'PROPOSED', awaitingMyReview: false });
    const offerId = offered.data!.offerCommitment.id;
    const forAnalyst = await api.gql<{ commitment: CommitmentData }>(GET_COMMITMENT, { token: analyst, variables: { id: offerId } });
    expect(forAnalyst.data?.commitment.awaitingMyReview).toBe(true);
    const analystQueue = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, {
      token: analyst,
      variables: { filter: { awaitingMyReview: true } },
    });
    expect(analystQueue.data?.commitments.nodes.map((node) => node.id)).toContain(offerId);
    expect(analystQueue.data?.commitments.nodes.map((node) => node.id)).not.toContain(commitment.id);

    const own = await api.gql<{ commitments: Connection<CommitmentData> }>(COMMITMENTS, { token: aecid });
    expect(own.data?.commitments.nodes.length).toBeGreaterThan(0);
    expect(own.data?.commitments.nodes.every((node) => node.organization.id === AECID)).toBe(true);
    expect(own.data?.commitments.totalCount).toBe(await count('commitment', 'organization_id = $1', [AECID]));
  });

  it('consolidation: the queue, its summary, similar contributions, linking and unlinking sources', async () => {
    const summaryCell = async () => {
      const { data } = await api.gql<{ consolidationSummary: Array<{ themeId: string; provinceCode: string; count: number }> }>(SUMMARY, {
        token: analyst,
      });
      return (
        data?.consolidationSummary.find((cell) => cell.themeId === themeId('cooperacion-descentralizada') && cell.provinceCode === '01')
          ?.count ?? 0
      );
    };
    const text = 'Crear una escuela itinerante de formación en gestión de cuencas y riego comunitario para los técnicos del austro.';
    const first = await contribute(text);
    const twin = await contribute(text.replace('Crear una escuela', 'Crear la escuela').replace('del austro', 'de todo el austro'));

    const queue = await queueIds();
    expect(queue).toEqual(expect.arrayContaining([first, twin]));
    const linked = (await api.db.query(`SELECT DISTINCT contribution_id AS id FROM action_item_source`)) as Array<{ id: string }>;
    expect(linked.length).toBeGreaterThan(0);
    for (const { id } of linked) expect(queue).not.toContain(id);
    const unlinked = (await api.db.query(
      `SELECT id FROM contribution c WHERE c.hidden_at IS NULL AND NOT EXISTS (SELECT 1 FROM action_item_source s WHERE s.contribution_id = c.id)`,
    )) as Array<{ id: string }>;
    expect([...queue].sort()).toEqual(unlinked.map((row) => row.id).sort());
    const waiting = await summaryCell();
    expect(waiting).toBe(
      await count(
        'contribution c',
        `c.province_code = '01' AND c.conversatorio_id = $1 AND c.hidden_at IS NULL AND NOT EXISTS (SELECT 1 FROM action_item_source s WHERE s.contribution_id = c.id)`,
        [conversatorioId('cooperacion-descentralizada')],
      ),
    );

    const suggestions = await api.gql<{
      consolidationSuggestions: { contributions: Array<{ contribution: { id: string }; similarity: number }> };
    }>(
      `query ($id: ID!) { consolidationSuggestions(contributionId: $id) { contributions { contribution { id } similarity } actionItems { actionItem { id } similarity } } }`,
      {
        token: analyst,
        variables: { id: first },
      },
    );
    expect(suggestions.errors).toBeUndefined();
    const similar = suggestions.data!.consolidationSuggestions.contributions;
    expect(similar[0].contribution.id).toBe(twin);
    expect(similar[0].similarity).toBeGreaterThan(0.2);
    expect(similar.map((entry) => entry.contribution.id)).not.toContain(first);
    const scores = similar.map((entry) => entry.similarity);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const { id } = await proposed(analyst, { title: 'Escuela itinerante de cuencas y riego' });
    const link = await api.gql<{ linkContributions: ItemData }>(LINK, { token: analyst, variables: { id, contributionIds: [first] } });
    expect(link.errors).toBeUndefined();
    expect(link.data?.linkContributions.sources).toEqual([{ id: first }]);
    expect(link.data?.linkContributions.history[0]).toMatchObject({ action: 'sourcesLinked', changes: [{ field: 'contributionIds' }] });
    expect(await queueIds()).not.toContain(first);
    expect(await summaryCell()).toBe(waiting - 1);

    const unlink = await api.gql<{ unlinkContribution: ItemData }>(UNLINK, { token: analyst, variables: { id, contributionId: first } });
    expect(unlink.errors).toBeUndefined();
    expect(unlink.data?.unlinkContribution.sources).toEqual([]);
    expect(unlink.data?.unlinkContribution.history.map((entry) => entry.action)).toEqual(['sourceUnlinked', 'sourcesLinked', 'created']);
    expect(await queueIds()).toContain(first);
    expect(await summaryCell()).toBe(waiting);

    const notLinked = await api.gql(UNLINK, { token: analyst, variables: { id, contributionId: first } });
    expect(codeOf(notLinked)).toBe('BAD_USER_INPUT');
  });

  it('dashboard: figures over the items the reader may see, by province (lead or co-responsible), status and partner', async () => {
    const DASHBOARD = `{ roadmapDashboard { totalItems averageProgress byProvince { provinceCode items } byStatus { status items }
      byTheme { themeId items } byPartner { organizationId commitments } } }`;
    interface Dashboard {
      roadmapDashboard: {
        totalItems: number;
        averageProgress: number;
        byProvince: Array<{ provinceCode: string; items: number }>;
        byStatus: Array<{ status: string; items: number }>;
        byTheme: Array<{ themeId: string; items: number }>;
        byPartner: Array<{ organizationId: string; commitments: number }>;
      };
    }
    const all: Array<{ status: string; leadProvince: { code: string }; coProvinces: Array<{ code: string }> }> = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: GqlResponse<{ actionItems: Connection<(typeof all)[number]> }> = await api.gql(LIST, {
        token: analyst,
        variables: { first: 100, after },
      });
      all.push(...page.data!.actionItems.nodes);
      totalCount = page.data!.actionItems.totalCount;
      after = page.data!.actionItems.pageInfo.hasNextPage ? page.data!.actionItems.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(totalCount);

    const { data, errors } = await api.gql<Dashboard>(DASHBOARD, { token: analyst });
    expect(errors).toBeUndefined();
    const dashboard = data!.roadmapDashboard;
    expect(dashboard.totalItems).toBe(totalCount);
    expect(dashboard.byProvince.map((figure) => figure.provinceCode)).toEqual(
      Array.from({ length: 24 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    for (const figure of dashboard.byProvince) {
      const expected = all.filter(
        (node) => node.leadProvince.code === figure.provinceCode || node.coProvinces.some((co) => co.code === figure.provinceCode),
      ).length;
      expect({ province: figure.provinceCode, items: figure.items }).toEqual({ province: figure.provinceCode, items: expected });
    }
    // Tungurahua is only co-responsible (the Andean páramos exchange), and still counts.
    expect(dashboard.byProvince.find((figure) => figure.provinceCode === '18')?.items).toBeGreaterThan(0);
    expect(dashboard.byStatus.reduce((sum, figure) => sum + figure.items, 0)).toBe(dashboard.totalItems);
    for (const figure of dashboard.byStatus) expect(figure.items).toBe(all.filter((node) => node.status === figure.status).length);
    expect(dashboard.byTheme.reduce((sum, figure) => sum + figure.items, 0)).toBe(dashboard.totalItems);
    expect(dashboard.byPartner.map((figure) => figure.organizationId)).toEqual(expect.arrayContaining([AECID, GIZ]));

    const partner = await api.gql<Dashboard>(DASHBOARD, { token: aecid });
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.roadmapDashboard.byPartner.length).toBeGreaterThan(0);
    expect(partner.data!.roadmapDashboard.byPartner.every((figure) => figure.organizationId === AECID)).toBe(true);
    const aecidItems = await api.gql<{ actionItems: Connection<{ id: string }> }>(LIST, { token: aecid, variables: { first: 1 } });
    expect(partner.data!.roadmapDashboard.totalItems).toBe(aecidItems.data!.actionItems.totalCount);
  });

  it('reads a page of 5 and a page of 50, with every nested field, in the same number of SQL statements', async () => {
    const analystId = demoUserId('analista@demo.ruta.ec');
    const generated = (await api.db.query(
      `INSERT INTO action_item (title, description, theme_id, lead_province_code, responsible_organization_id, status, progress, sdg_numbers, proposed_by_id, version)
       SELECT 'Acción generada número ' || n, 'Generada para contar sentencias SQL.', $1, lpad(((n % 24) + 1)::text, 2, '0'), $2, 'AGREED', n % 100, ARRAY[17]::smallint[], $3, 1
         FROM generate_series(1, 60) AS n RETURNING id`,
      [themeId('paradiplomacia'), AECID, analystId],
    )) as Array<{ id: string }>;
    const ids = generated.map((row) => row.id);
    await api.db.query(
      `INSERT INTO action_item_co_province (action_item_id, province_code)
       SELECT i.id, p.code FROM action_item i CROSS JOIN (VALUES ('03'), ('20')) AS p(code)
        WHERE i.id = ANY($1::uuid[]) AND i.lead_province_code <> p.code`,
      [ids],
    );
    await api.db.query(
      `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
       SELECT i, c, $3 FROM unnest($1::uuid[]) AS i CROSS JOIN unnest($2::uuid[]) AS c`,
      [ids, [demoContributionId(2), demoContributionId(5), demoContributionId(6)], analystId],
    );
    await api.db.query(
      `INSERT INTO commitment (action_item_id, organization_id, kind, direction, description, created_by_id, version)
       SELECT i, o, 'TRAINING', 'REQUEST', 'Compromiso generado', $3, 1 FROM unnest($1::uuid[]) AS i CROSS JOIN unnest($2::uuid[]) AS o`,
      [ids, [AECID, GIZ], analystId],
    );
    await api.db.query(
      `INSERT INTO history_entry (entity_type, entity_id, actor_id, action, changes)
       SELECT 'action_item', i, $2, 'created', '{"title": "x"}'::jsonb FROM unnest($1::uuid[]) AS i`,
      [ids, analystId],
    );
    // Items merged into the generated ones: they show under `absorbed`, and their history with their target's.
    const absorbedRows = (await api.db.query(
      `INSERT INTO action_item (title, theme_id, lead_province_code, status, status_reason, merged_into_id, proposed_by_id, version)
       SELECT 'Acción fusionada ' || n, $1, '01', 'CANCELLED', 'Fusionada', t, $2, 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS x(t, n) RETURNING id`,
      [themeId('paradiplomacia'), analystId, ids.slice(0, 60)],
    )) as Array<{ id: string }>;
    await api.db.query(
      `INSERT INTO history_entry (entity_type, entity_id, actor_id, action, changes)
       SELECT 'action_item', i, $2, 'created', '{}'::jsonb FROM unnest($1::uuid[]) AS i`,
      [absorbedRows.map((row) => row.id), analystId],
    );

    const PAGE = `query ($first: Int!) { actionItems(first: $first) { totalCount nodes {
      id theme { name } leadProvince { name } coProvinces { code name } responsibleOrganization { name }
      sources { id province { name } } commitments { organization { name } } history { action } absorbed { id } } } }`;
    interface Page {
      actionItems: {
        nodes: Array<{
          id: string;
          sources: unknown[];
          commitments: unknown[];
          history: unknown[];
          absorbed: unknown[];
          coProvinces: unknown[];
        }>;
      };
    }
    const statementsFor = (first: number) =>
      countStatements(api.db, async () => {
        const { data, errors } = await api.gql<Page>(PAGE, { token: analyst, variables: { first } });
        expect(errors).toBeUndefined();
        expect(data?.actionItems.nodes).toHaveLength(first);
        const fresh = data!.actionItems.nodes.filter((node) => ids.includes(node.id));
        expect(fresh.length).toBeGreaterThan(0);
        for (const node of fresh) {
          expect(node.sources).toHaveLength(3);
          expect(node.commitments).toHaveLength(2);
          expect(node.absorbed).toHaveLength(1);
          expect(node.history).toHaveLength(2);
          expect(node.coProvinces.length).toBeGreaterThanOrEqual(1);
        }
      });
    await statementsFor(1); // competencies and SDGs are read once per process
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    console.info(`SQL statements per actionItems page: first 5 → ${five}, first 50 → ${fifty}`);
    expect(fifty).toBe(five);
    // The session, the count, the page (theme, provinces, co-provinces, organisation, people as
    // JSON), then one per to-many field: sources, commitments, history, absorbed.
    expect(five).toBe(7);
  });

  it('a list reads only the parts a query asks for, yet every field asked for — through fragments, aliases or @include — is as complete as when everything is asked', async () => {
    const SOURCE_FIELDS = `id type body hidden conversatorio { id title theme { key } } province { code name } author { displayName }
      endorsementCount endorsedByMe competencies { key } sdgs { number }`;
    const FULL = `{ actionItems(first: 100) { nodes { ${ITEM} responsibleOrganization { id } focalPoint { id } competency { key }
      sources { ${SOURCE_FIELDS} } } } }`;
    const PARTIAL = `query ($withTheme: Boolean!) { actionItems(first: 100) { nodes { id title } more: nodes { ...Details } } }
      fragment Details on ActionItem {
        id description indicators { name } theme @include(if: $withTheme) { key } coProvinces { code } proposedBy { displayName }
        sources { id } fromSources: sources { id body conversatorio { title theme { key } } endorsementCount }
      }`;
    interface Node extends Record<string, unknown> {
      id: string;
      sources: Array<Record<string, unknown>>;
    }
    const full = await api.gql<{ actionItems: { nodes: Node[] } }>(FULL, { token: analyst });
    expect(full.errors).toBeUndefined();
    const everything = new Map(full.data!.actionItems.nodes.map((node) => [node.id, node]));
    expect([...everything.values()].some((node) => node.sources.length > 0)).toBe(true);

    for (const withTheme of [true, false]) {
      const partial = await api.gql<{ actionItems: { nodes: Node[]; more: Node[] } }>(PARTIAL, {
        token: analyst,
        variables: { withTheme },
      });
      expect(partial.errors).toBeUndefined();
      const { nodes, more } = partial.data!.actionItems;
      expect(nodes.map((node) => node.id)).toEqual([...everything.keys()]);
      for (const [index, node] of more.entries()) {
        const whole = everything.get(node.id)!;
        expect(nodes[index]).toEqual({ id: whole.id, title: whole.title });
        expect(node).toEqual({
          id: whole.id,
          description: whole.description,
          indicators: whole.indicators,
          ...(withTheme ? { theme: whole.theme } : {}),
          coProvinces: whole.coProvinces,
          proposedBy: whole.proposedBy,
          sources: whole.sources.map(({ id }) => ({ id })),
          fromSources: whole.sources.map((source) => ({
            id: source.id,
            body: source.body,
            conversatorio: {
              title: (source.conversatorio as { title: string }).title,
              theme: (source.conversatorio as { theme: unknown }).theme,
            },
            endorsementCount: source.endorsementCount,
          })),
        });
      }
    }

    const contributions = (fields: string) =>
      api.gql<{ contributions: { nodes: Array<Record<string, unknown>> } }>(`{ contributions(first: 50) { nodes { ${fields} } } }`, {
        token: analyst,
      });
    const [allFields, someFields] = await Promise.all([
      contributions(SOURCE_FIELDS),
      contributions('id ... on Contribution { body author { displayName } }'),
    ]);
    expect(someFields.errors).toBeUndefined();
    expect(someFields.data!.contributions.nodes).toEqual(
      allFields.data!.contributions.nodes.map(({ id, body, author }) => ({ id, body, author })),
    );
  });
});

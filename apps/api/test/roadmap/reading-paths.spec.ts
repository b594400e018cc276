import { organizationId, themeId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MARK = 'caminolectura';
const AECID = organizationId('aecid');
const ITEM = `id version status statusReason mergedInto { id title status }
  history { action entityId changes { field before after } } absorbed { id title }`;

interface Item {
  id: string;
  version: number;
  status: string;
  statusReason: string | null;
  mergedInto: { id: string; title: string; status: string } | null;
  history: Array<{ action: string; entityId: string; changes: Array<{ field: string; before: string | null; after: string | null }> }>;
  absorbed: Array<{ id: string; title: string }>;
}

/**
 * History entries, filters, counts, exports and merge reasons are reading paths: each follows the
 * visibility of the record it talks about. Another partner's commitments stay private; a proposal
 * stays with its province and CONGOPE.
 */
describe('reading paths follow the visibility of what they talk about', () => {
  let api: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const as = async <T>(who: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<T>(query, { token: tokens[who], variables });
    if (result.errors) throw new Error(`${who}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };
  const propose = async (who: string, title: string, province: string) =>
    (
      await as<{ proposeActionItem: { id: string; version: number } }>(
        who,
        'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id version } }',
        { input: { title, leadProvinceCode: province, themeId: themeId('paradiplomacia') } },
      )
    ).proposeActionItem;
  const agree = async (id: string, version: number) =>
    as('analyst', 'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }', {
      id,
      input: { expectedVersion: version, status: 'AGREED' },
    });
  const item = async (who: string, id: string) =>
    (await as<{ actionItem: Item }>(who, `query ($id: ID!) { actionItem(id: $id) { ${ITEM} } }`, { id })).actionItem;
  const version = async (id: string) => (await item('analyst', id)).version;

  beforeAll(async () => {
    api = await startTestApp();
    for (const [who, email] of Object.entries({
      analyst: 'analista@demo.ruta.ec',
      aecid: 'socio.aecid@demo.ruta.ec',
      giz: 'socio.giz@demo.ruta.ec',
      azuay: 'tecnico.azuay@demo.ruta.ec',
      pichincha: 'tecnico.pichincha@demo.ruta.ec',
      moderator: 'moderador@demo.ruta.ec',
    })) {
      tokens[who] = await sessionFor(api, email);
    }
    // Azuay's agreed item, with an offer from AECID; Pichincha's agreed item with a request to AECID.
    const azuay = await propose('analyst', `${MARK} azuay`, '01');
    await agree(azuay.id, azuay.version);
    ids.azuay = azuay.id;
    const offer = await as<{ offerCommitment: { id: string } }>(
      'aecid',
      'mutation ($input: CommitmentInput!) { offerCommitment(input: $input) { id } }',
      {
        input: {
          actionItemId: azuay.id,
          organizationId: AECID,
          kind: 'NON_REIMBURSABLE_FINANCING',
          description: 'Oferta de AECID',
          amount: 250000,
          currency: 'USD',
        },
      },
    );
    ids.offer = offer.offerCommitment.id;
    const pichincha = await propose('analyst', `${MARK} pichincha`, '17');
    await agree(pichincha.id, pichincha.version);
    ids.pichincha = pichincha.id;
    await as('analyst', 'mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { id } }', {
      input: { actionItemId: pichincha.id, organizationId: AECID, kind: 'TRAINING', description: 'Pedido a AECID' },
    });
  });
  afterAll(() => api.close());

  it('an item’s history shows a commitment entry only to those who may see the commitment', async () => {
    for (const who of ['giz', 'azuay', 'moderator', 'pichincha']) {
      const seen = who === 'azuay';
      const history = (await item(who, ids.azuay)).history;
      expect([who, history.some((entry) => entry.action === 'commitmentOffered')]).toEqual([who, seen]);
      expect([who, JSON.stringify(history).includes(ids.offer)]).toEqual([who, seen]);
    }
    for (const who of ['aecid', 'analyst']) {
      expect((await item(who, ids.azuay)).history.some((entry) => entry.action === 'commitmentOffered')).toBe(true);
    }
  });

  it('filtering by an organisation counts items through its commitments only for those who may see them', async () => {
    const expected: Record<string, number> = { analyst: 2, aecid: 2, giz: 0, azuay: 1, pichincha: 1, moderator: 0 };
    for (const [who, count] of Object.entries(expected)) {
      const filter = { organizationId: AECID, text: MARK };
      const list = await as<{ actionItems: { totalCount: number; nodes: Array<{ id: string }> } }>(
        who,
        'query ($filter: ActionItemFilter) { actionItems(filter: $filter, first: 50) { totalCount nodes { id } } }',
        { filter },
      );
      expect([who, list.actionItems.totalCount, list.actionItems.nodes.length]).toEqual([who, count, count]);
      const dashboard = await as<{ roadmapDashboard: { totalItems: number } }>(
        who,
        'query ($filter: ActionItemFilter) { roadmapDashboard(filter: $filter) { totalItems } }',
        { filter },
      );
      expect([who, dashboard.roadmapDashboard.totalItems]).toEqual([who, count]);
      const csv = await fetch(`${api.baseUrl}/exports/roadmap.csv?organizacion=${AECID}&q=${MARK}`, {
        headers: { authorization: `Bearer ${tokens[who]}` },
      });
      expect(csv.status).toBe(200);
      const rows = (await csv.text())
        .trim()
        .split('\n')
        .slice(1)
        .filter((line) => line.includes(MARK));
      expect([who, rows.length]).toEqual([who, count]);
    }
  });

  it('an agreed item merged into another province’s proposal never shows the proposal to others', async () => {
    const absorbed = await propose('analyst', `${MARK} absorbida`, '01');
    await agree(absorbed.id, absorbed.version);
    const proposal = await propose('pichincha', `${MARK} propuesta reservada de Pichincha`, '17');
    await as(
      'analyst',
      'mutation ($t: ID!, $tv: Int!, $a: ID!, $av: Int!) { mergeActionItems(targetId: $t, targetVersion: $tv, absorbedId: $a, absorbedVersion: $av) { id } }',
      {
        t: proposal.id,
        tv: await version(proposal.id),
        a: absorbed.id,
        av: await version(absorbed.id),
      },
    );
    for (const who of ['giz', 'aecid', 'moderator']) {
      const seen = await item(who, absorbed.id);
      expect(seen.status).toBe('CANCELLED');
      expect([who, seen.mergedInto]).toEqual([who, null]);
      expect([who, JSON.stringify(seen)]).not.toEqual([who, expect.stringContaining('reservada')]);
      expect([who, JSON.stringify(seen)]).not.toEqual([who, expect.stringContaining(proposal.id)]);
    }
    // The merge made Azuay (the absorbed item's province) co-responsible for the proposal: its
    // technician now sees it, as the proposal's own province does.
    for (const who of ['pichincha', 'azuay', 'analyst']) {
      expect((await item(who, absorbed.id)).mergedInto).toMatchObject({
        id: proposal.id,
        title: `${MARK} propuesta reservada de Pichincha`,
      });
    }
  });

  it('a proposal merged into an agreed item shows neither its title nor its history to others', async () => {
    const target = await propose('analyst', `${MARK} destino`, '01');
    await agree(target.id, target.version);
    const proposal = await propose('pichincha', `${MARK} idea confidencial de Pichincha`, '17');
    await as(
      'analyst',
      'mutation ($t: ID!, $tv: Int!, $a: ID!, $av: Int!) { mergeActionItems(targetId: $t, targetVersion: $tv, absorbedId: $a, absorbedVersion: $av) { id } }',
      {
        t: target.id,
        tv: await version(target.id),
        a: proposal.id,
        av: await version(proposal.id),
      },
    );
    for (const who of ['giz', 'azuay', 'moderator']) {
      const seen = JSON.stringify(await item(who, target.id));
      expect([who, seen.includes('confidencial')]).toEqual([who, false]);
    }
    // The absorbed proposal was cancelled, so it is past PROPOSED: its own province still sees it all.
    expect(JSON.stringify(await item('pichincha', target.id))).toContain('confidencial');
    expect(JSON.stringify(await item('analyst', target.id))).toContain('confidencial');
  });

  it('a proposal cancelled before being agreed stays with its province and CONGOPE', async () => {
    const proposal = await propose('pichincha', `${MARK} propuesta descartada`, '17');
    await as('analyst', 'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id status } }', {
      id: proposal.id,
      input: { expectedVersion: proposal.version, status: 'CANCELLED', statusReason: 'Duplicada' },
    });
    for (const who of ['giz', 'azuay', 'moderator', 'aecid']) {
      const read = await api.gql(`query ($id: ID!) { actionItem(id: $id) { id } }`, { token: tokens[who], variables: { id: proposal.id } });
      expect([who, read.errors?.[0].extensions?.code]).toEqual([who, 'NOT_FOUND']);
      const search = await api.gql<{ actionItems: { totalCount: number } }>(
        'query ($text: String) { actionItems(filter: { text: $text, statuses: [CANCELLED] }) { totalCount } }',
        { token: tokens[who], variables: { text: 'descartada' } },
      );
      expect([who, search.data?.actionItems.totalCount]).toEqual([who, 0]);
    }
    expect((await item('pichincha', proposal.id)).status).toBe('CANCELLED');
  });
});

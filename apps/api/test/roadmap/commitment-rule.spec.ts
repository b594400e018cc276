import { organizationId, themeId } from '@ruta/server-seed';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MARK = 'reglaunica';
const AECID = organizationId('aecid');

interface ItemView {
  commitments: Array<{ organization: { shortName: string | null }; amount: number | null; status: string }>;
  support: Array<{ kind: string; status: string; count: number }>;
}

/**
 * One rule for commitments, wherever they are read: a partner sees only its own organisation's; a
 * technician those on its provinces' items, without amounts; everyone who sees an item sees that it
 * has support and of which kind; amounts only to CONGOPE and the partner concerned.
 */
describe('one rule for commitments: item page, dashboard, export and memoria alike', () => {
  let api: TestApp;
  const tokens: Record<string, string> = {};
  let itemId = '';

  const as = async <T>(who: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<T>(query, { token: tokens[who], variables });
    if (result.errors) throw new Error(`${who}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };

  beforeAll(async () => {
    api = await startTestApp();
    for (const [who, email] of Object.entries({
      analyst: 'analista@demo.ruta.ec',
      aecid: 'socio.aecid@demo.ruta.ec',
      giz: 'socio.giz@demo.ruta.ec',
      azuay: 'tecnico.azuay@demo.ruta.ec',
      moderator: 'moderador@demo.ruta.ec',
    })) {
      tokens[who] = await sessionFor(api, email);
    }
    const { proposeActionItem: item } = await as<{ proposeActionItem: { id: string; version: number } }>(
      'analyst',
      'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id version } }',
      { input: { title: `${MARK} Azuay`, leadProvinceCode: '01', themeId: themeId('paradiplomacia') } },
    );
    itemId = item.id;
    await as('analyst', 'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }', {
      id: item.id,
      input: { expectedVersion: item.version, status: 'AGREED' },
    });
    const { requestCommitment } = await as<{ requestCommitment: { id: string; version: number } }>(
      'analyst',
      'mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { id version } }',
      {
        input: {
          actionItemId: item.id,
          organizationId: AECID,
          kind: 'TRAINING',
          description: 'Capacitación',
          amount: 40000,
          currency: 'USD',
        },
      },
    );
    await as('aecid', 'mutation ($id: ID!, $v: Int!) { reviewCommitment(id: $id, expectedVersion: $v, decision: ACCEPTED) { id } }', {
      id: requestCommitment.id,
      v: requestCommitment.version,
    });
  });
  afterAll(() => api.close());

  const view = async (who: string) =>
    (
      await as<{ actionItem: ItemView }>(
        who,
        'query ($id: ID!) { actionItem(id: $id) { commitments { organization { shortName } amount status } support { kind status count } } }',
        { id: itemId },
      )
    ).actionItem;

  it('the item page: who sees the commitment, who sees the amount, everyone sees the support', async () => {
    const expected: Record<string, { commitments: number; amount: number | null }> = {
      analyst: { commitments: 1, amount: 40000 },
      aecid: { commitments: 1, amount: 40000 },
      azuay: { commitments: 1, amount: null },
      giz: { commitments: 0, amount: null },
      moderator: { commitments: 0, amount: null },
    };
    for (const [who, { commitments, amount }] of Object.entries(expected)) {
      const seen = await view(who);
      expect([who, seen.commitments.length, seen.commitments[0]?.amount ?? null]).toEqual([who, commitments, amount]);
      expect([who, seen.support]).toEqual([who, [{ kind: 'TRAINING', status: 'ACCEPTED', count: 1 }]]);
    }
  });

  it('the dashboard counts what each one sees on the item page', async () => {
    for (const [who, partners] of Object.entries({ analyst: true, aecid: true, azuay: true, giz: false, moderator: false })) {
      const { roadmapDashboard } = await as<{
        roadmapDashboard: {
          byPartner: Array<{ shortName: string | null; commitments: number }>;
          bySupport: Array<{ kind: string; count: number }>;
        };
      }>(
        who,
        'query ($filter: ActionItemFilter) { roadmapDashboard(filter: $filter) { byPartner { shortName commitments } bySupport { kind count } } }',
        {
          filter: { text: MARK },
        },
      );
      expect([who, roadmapDashboard.byPartner.some((figure) => figure.shortName === 'AECID')]).toEqual([who, partners]);
      expect([who, roadmapDashboard.bySupport]).toEqual([who, [{ kind: 'TRAINING', count: 1 }]]);
    }
  });

  it('the export shows an amount only to CONGOPE and the partner concerned', async () => {
    for (const [who, amount] of Object.entries({ analyst: true, aecid: true, azuay: false })) {
      const csv = await (
        await fetch(`${api.baseUrl}/exports/roadmap.csv?q=${MARK}`, { headers: { authorization: `Bearer ${tokens[who]}` } })
      ).text();
      const row = csv.split('\n').find((line) => line.includes(`${MARK} Azuay`)) ?? '';
      expect([who, row.includes('AECID')]).toEqual([who, true]);
      expect([who, /40[.,]?000/.test(row)]).toEqual([who, amount]);
    }
  });
});

// The roadmap's integration tests share one way in: the API on a fresh copy of the seeded
// database, a session for each demo person they act as, and the GraphQL documents and small
// actions (propose, update, read, merge, commit) their examples are written with.
import { conversatorioId, demoContributionId, organizationId, themeId } from '@ruta/server-seed';
import type { GqlResponse } from '@ruta/server-testing';
import { sessionFor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export interface Ref {
  id: string;
  title: string;
  status: string;
}
export interface HistoryData {
  id: string;
  entityId: string;
  action: string;
  actor: { displayName: string } | null;
  changes: Array<{ field: string; before: string | null; after: string | null }>;
}
export interface CommitmentData {
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
export interface ItemData {
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
export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export const ITEM = `id title description status statusReason progress priority version budgetUsd theme { key } leadProvince { code }
  coProvinces { code } sdgs { number } indicators { name } proposedBy { displayName } mergedInto { id title status }`;
export const FULL_ITEM = `${ITEM} sources { id } absorbed { id } commitments { id organization { id } }
  history { id entityId action actor { displayName } changes { field before after } }`;
export const COMMITMENT = `id kind direction status amount currency version awaitingMyReview reviewComment reviewedBy { id displayName }
  organization { id shortName } actionItem { id title status }`;

export const PROPOSE = `mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { ${FULL_ITEM} } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { ${ITEM} } }`;
export const GET = `query ($id: ID!) { actionItem(id: $id) { ${FULL_ITEM} } }`;
export const LIST = `query ($filter: ActionItemFilter, $first: Int!, $after: String) {
  actionItems(filter: $filter, first: $first, after: $after) {
    nodes { id status leadProvince { code } coProvinces { code } } totalCount pageInfo { endCursor hasNextPage } } }`;
export const MERGE = `mutation ($targetId: ID!, $targetVersion: Int!, $absorbedId: ID!, $absorbedVersion: Int!) {
  mergeActionItems(targetId: $targetId, targetVersion: $targetVersion, absorbedId: $absorbedId, absorbedVersion: $absorbedVersion) {
    ${FULL_ITEM} } }`;
export const REQUEST = `mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { ${COMMITMENT} } }`;
export const OFFER = `mutation ($input: CommitmentInput!) { offerCommitment(input: $input) { ${COMMITMENT} } }`;
export const REVIEW = `mutation ($id: ID!, $expectedVersion: Int!, $decision: ReviewDecision!, $comment: String) {
  reviewCommitment(id: $id, expectedVersion: $expectedVersion, decision: $decision, comment: $comment) { ${COMMITMENT} } }`;
export const FULFILL = `mutation ($id: ID!, $expectedVersion: Int!) { fulfillCommitment(id: $id, expectedVersion: $expectedVersion) { ${COMMITMENT} } }`;
export const GET_COMMITMENT = `query ($id: ID!) { commitment(id: $id) { ${COMMITMENT} } }`;
export const COMMITMENTS = `query ($filter: CommitmentFilter) { commitments(filter: $filter, first: 100) { nodes { ${COMMITMENT} } totalCount } }`;
export const CREATE_CONTRIBUTION = `mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }`;
export const QUEUE = `{ consolidationQueue(first: 100) { nodes { id } totalCount } }`;
export const SUMMARY = `{ consolidationSummary { themeId themeName provinceCode provinceName count } }`;
export const LINK = `mutation ($id: ID!, $contributionIds: [ID!]!) { linkContributions(id: $id, contributionIds: $contributionIds) { ${FULL_ITEM} } }`;
export const UNLINK = `mutation ($id: ID!, $contributionId: ID!) { unlinkContribution(id: $id, contributionId: $contributionId) { ${FULL_ITEM} } }`;

export const AECID = organizationId('aecid');
export const GIZ = organizationId('giz');
export const AZUAY_PROPOSAL = demoContributionId(0);
export const PICHINCHA_NEED = demoContributionId(1);
export const AZUAY_RISK = demoContributionId(4);

export const codeOf = (response: GqlResponse<unknown>) => response.errors?.[0]?.extensions?.code;
export const fieldsOf = (response: GqlResponse<unknown>) =>
  (response.errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined)?.map((field) => field.field);

/** The actions the roadmap's tests are written with, acting on one running API. */
function roadmapActions(api: TestApp, analyst: string, azuay: string) {
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

  return { count, counts, propose, proposed, update, read, item, move, listIds, contribute, queueIds, request };
}

/** The running API, a session for each demo person the tests act as, and the actions. */
export interface RoadmapTestbed extends ReturnType<typeof roadmapActions> {
  api: TestApp;
  admin: string;
  analyst: string;
  azuay: string;
  pichincha: string;
  aecid: string;
  giz: string;
  moderator: string;
}

/**
 * Starts the API before the tests of the enclosing `describe` and closes it after them. The
 * testbed is filled in `beforeAll`: read its members inside the tests.
 */
export function roadmapTestbed(): RoadmapTestbed {
  const testbed = {} as RoadmapTestbed;
  beforeAll(async () => {
    const api = await startTestApp();
    const [admin, analyst, azuay, pichincha, aecid, giz, moderator] = await Promise.all(
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
    Object.assign(testbed, { api, admin, analyst, azuay, pichincha, aecid, giz, moderator }, roadmapActions(api, analyst, azuay));
  });
  afterAll(() => testbed.api.close());
  return testbed;
}

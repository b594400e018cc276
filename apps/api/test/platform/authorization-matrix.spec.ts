import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@ruta/shared-domain';
import { UsersService } from '@ruta/server-identity';
import { conversatorioId, demoUserId, organizationId, sessionId, themeId } from '@ruta/server-seed';
import { allActors, tokenFor, type Actor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { contributionsRows } from './authorization-matrix/contributions.rows.js';
import { conversatoriosRows } from './authorization-matrix/conversatorios.rows.js';
import { documentsRows } from './authorization-matrix/documents.rows.js';
import { identityRows } from './authorization-matrix/identity.rows.js';
import { memoriaRows } from './authorization-matrix/memoria.rows.js';
import { notificationsRows } from './authorization-matrix/notifications.rows.js';
import { targets, type Allowed, type Operation } from './authorization-matrix/operation.js';
import { programmeAdministrationRows, programmeRows } from './authorization-matrix/programme.rows.js';
import { questionsRows } from './authorization-matrix/questions.rows.js';
import { commitmentsRows, roadmapRows } from './authorization-matrix/roadmap.rows.js';

const { ADMIN, ANALYST, PARTNER, TECHNICIAN } = Role;

/**
 * Every query and mutation of the schema, with who may call it (the rows live per feature in
 * `authorization-matrix/`). A new operation without a row fails the first test: declare its rule,
 * in the resolver and in its feature's rows.
 */
const operations: Record<string, Operation> = {
  ...programmeRows,
  ...identityRows,
  ...conversatoriosRows,
  ...contributionsRows,
  ...questionsRows,
  ...roadmapRows,
  ...commitmentsRows,
  ...documentsRows,
  ...memoriaRows,
  ...notificationsRows,
  ...programmeAdministrationRows,
};

const isAllowed = (allowed: Allowed, actor: Actor) =>
  allowed === 'ANYONE' || (actor !== 'ANONYMOUS' && (allowed === 'SIGNED_IN' || allowed.includes(actor)));

describe('the authorization matrix: every operation × every role', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
    const admin = { id: demoUserId('admin@demo.ruta.ec'), sessionId: '' } as Parameters<UsersService['create']>[0];
    const { user } = await api.app
      .get(UsersService)
      .create(admin, { email: 'objetivo@example.org', displayName: 'Persona de prueba', role: Role.MODERATOR });
    targets.userId = user.id;
    const response = await api.gql<{ createOrganization: { id: string } }>(
      'mutation { createOrganization(input: { name: "Fundación de prueba", kind: CIVIL_SOCIETY }) { id } }',
      { token: await tokenFor(api, 'ADMIN') },
    );
    targets.organizationId = response.data?.createOrganization.id ?? '';
    const question = await api.gql<{ askQuestion: { id: string } }>(
      'mutation ($id: ID!) { askQuestion(sessionId: $id, body: "¿Cómo se financia?") { id } }',
      // A session the demo moderator moderates (it moderates only some).
      { token: await tokenFor(api, 'MODERATOR'), variables: { id: sessionId('cooperacion-sur-sur:panel') } },
    );
    targets.questionId = question.data?.askQuestion.id ?? '';
    const proposal = await api.gql<{ proposeActionItem: { id: string } }>(
      'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
      {
        token: await tokenFor(api, 'TECHNICIAN'),
        variables: { input: { title: 'Propuesta de Azuay para la matriz', themeId: themeId('paradiplomacia'), leadProvinceCode: '01' } },
      },
    );
    targets.actionItemId = proposal.data?.proposeActionItem.id ?? '';
    const outcome = await api.gql<{ conversatorioDocument: { id: string } }>(
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      { token: await tokenFor(api, 'ANALYST'), variables: { id: conversatorioId('cooperacion-descentralizada') } },
    );
    targets.outcomeDocumentId = outcome.data?.conversatorioDocument.id ?? '';
    await api.gql('mutation ($id: ID!) { moderateQuestion(id: $id, status: APPROVED) { id } }', {
      token: await tokenFor(api, 'MODERATOR'),
      variables: { id: targets.questionId },
    });
  });
  afterAll(() => api.close());

  it('declares a rule for every query and mutation of the schema', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const schemaOperations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    expect(schemaOperations.sort()).toEqual(Object.keys(operations).sort());
  });

  describe.each(Object.entries(operations))('%s', (_name, operation) => {
    it.each(allActors)(`as %s: ${describeRule(operation.allowed)}`, async (actor) => {
      const token = await tokenFor(api, actor);
      const { errors } = await api.gql(operation.document, { token, variables: operation.variables?.(actor) });
      const codes = (errors ?? []).map((error) => error.extensions?.code);
      if (isAllowed(operation.allowed, actor)) {
        expect(codes).not.toContain('FORBIDDEN');
        expect(codes).not.toContain('UNAUTHENTICATED');
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
      } else {
        expect(codes).toEqual([actor === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      }
    });
  });
});

function describeRule(allowed: Allowed): string {
  return allowed === 'ANYONE' ? 'anyone' : allowed === 'SIGNED_IN' ? 'anyone signed in' : `only ${allowed.join(', ')}`;
}

/**
 * Reading paths × every role: history entries, filters, counts, exports and merge reasons follow
 * the visibility of the record they talk about. An AECID offer on a Pichincha item is seen by
 * CONGOPE and AECID only; an agreed item merged into Azuay's proposal names it only to CONGOPE and
 * Azuay.
 */
describe('reading paths × every role', () => {
  const MARK = 'matrizlectura';
  let api: TestApp;
  let pichinchaItem = '';
  let offerId = '';
  let absorbedItem = '';
  let proposalId = '';
  const AECID = organizationId('aecid');
  const sees = (roles: Actor[]) => (actor: Actor) => roles.includes(actor);

  const as = async <T>(actor: Actor, query: string, variables: Record<string, unknown> = {}) =>
    api.gql<T>(query, { token: await tokenFor(api, actor), variables });

  beforeAll(async () => {
    api = await startTestApp();
    const propose = async (actor: Actor, title: string, province: string) => {
      const { data } = await as<{ proposeActionItem: { id: string; version: number } }>(
        actor,
        'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id version } }',
        { input: { title, leadProvinceCode: province, themeId: themeId('paradiplomacia') } },
      );
      return data!.proposeActionItem;
    };
    const agree = (id: string, version: number) =>
      as('ANALYST', 'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }', {
        id,
        input: { expectedVersion: version, status: 'AGREED' },
      });
    const pichincha = await propose('ANALYST', `${MARK} Pichincha`, '17');
    await agree(pichincha.id, pichincha.version);
    pichinchaItem = pichincha.id;
    const offer = await as<{ offerCommitment: { id: string } }>(
      'PARTNER',
      'mutation ($input: CommitmentInput!) { offerCommitment(input: $input) { id } }',
      {
        input: { actionItemId: pichinchaItem, organizationId: AECID, kind: 'TRAINING', description: 'Oferta privada de AECID' },
      },
    );
    offerId = offer.data!.offerCommitment.id;
    const absorbed = await propose('ANALYST', `${MARK} absorbida`, '17');
    await agree(absorbed.id, absorbed.version);
    absorbedItem = absorbed.id;
    const proposal = await propose('TECHNICIAN', `${MARK} propuesta reservada de Azuay`, '01');
    proposalId = proposal.id;
    const versionOf = async (id: string) =>
      (await as<{ actionItem: { version: number } }>('ANALYST', 'query ($id: ID!) { actionItem(id: $id) { version } }', { id })).data!
        .actionItem.version;
    const merged = await as(
      'ANALYST',
      'mutation ($t: ID!, $tv: Int!, $a: ID!, $av: Int!) { mergeActionItems(targetId: $t, targetVersion: $tv, absorbedId: $a, absorbedVersion: $av) { id } }',
      { t: proposalId, tv: await versionOf(proposalId), a: absorbedItem, av: await versionOf(absorbedItem) },
    );
    expect(merged.errors).toBeUndefined();
  });
  afterAll(() => api.close());

  const paths: Array<[string, (actor: Actor) => boolean, (actor: Actor) => Promise<boolean>]> = [
    [
      'an item’s history: another organisation’s commitment entry',
      sees([ADMIN, ANALYST, PARTNER]),
      async (actor) => {
        const { data } = await as<{ actionItem: { history: Array<{ action: string; changes: Array<{ after: string | null }> }> } }>(
          actor,
          'query ($id: ID!) { actionItem(id: $id) { history { action changes { after } } } }',
          { id: pichinchaItem },
        );
        return JSON.stringify(data?.actionItem.history ?? []).includes(offerId);
      },
    ],
    [
      'actionItems filtered by that organisation: items through its commitments',
      sees([ADMIN, ANALYST, PARTNER]),
      async (actor) => {
        const { data } = await as<{ actionItems: { totalCount: number } }>(
          actor,
          'query ($filter: ActionItemFilter) { actionItems(filter: $filter) { totalCount } }',
          { filter: { organizationId: AECID, text: MARK } },
        );
        return (data?.actionItems.totalCount ?? 0) > 0;
      },
    ],
    [
      'the dashboard filtered by that organisation: its count',
      sees([ADMIN, ANALYST, PARTNER]),
      async (actor) => {
        const { data } = await as<{ roadmapDashboard: { totalItems: number } }>(
          actor,
          'query ($filter: ActionItemFilter) { roadmapDashboard(filter: $filter) { totalItems } }',
          { filter: { organizationId: AECID, text: MARK } },
        );
        return (data?.roadmapDashboard.totalItems ?? 0) > 0;
      },
    ],
    [
      'the CSV export filtered by that organisation: its rows',
      sees([ADMIN, ANALYST, PARTNER]),
      async (actor) => {
        const token = await tokenFor(api, actor);
        const response = await fetch(`${api.baseUrl}/exports/roadmap.csv?organizacion=${AECID}&q=${MARK}`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
        return response.status === 200 && (await response.text()).includes(`${MARK} Pichincha`);
      },
    ],
    [
      'an item merged into a proposal: the proposal in mergedInto, reason and history',
      sees([ADMIN, ANALYST, TECHNICIAN]),
      async (actor) => {
        const { data } = await as<{ actionItem: unknown }>(
          actor,
          'query ($id: ID!) { actionItem(id: $id) { statusReason mergedInto { id title } history { changes { field after } } } }',
          { id: absorbedItem },
        );
        const text = JSON.stringify(data?.actionItem ?? null);
        return text.includes('reservada') || text.includes(proposalId);
      },
    ],
  ];

  describe.each(paths)('%s', (_name, visibleTo, reads) => {
    it.each(allActors)('as %s', async (actor) => {
      expect([actor, await reads(actor)]).toEqual([actor, visibleTo(actor)]);
    });
  });
});

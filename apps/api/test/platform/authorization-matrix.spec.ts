import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@ruta/shared-domain';
import { UsersService } from '@ruta/server-identity';
import {
  conversatorioId,
  demoActionItemId,
  demoContributionId,
  demoUserId,
  nationalRoadmapDocumentId,
  organizationId,
  seedId,
  sessionId,
  themeId,
} from '@ruta/server-seed';
import { allActors, tokenFor, type Actor } from './actors.js';
import { startTestApp, type TestApp } from './test-app.js';

type Allowed = 'ANYONE' | 'SIGNED_IN' | Role[];

interface Operation {
  allowed: Allowed;
  document: string;
  variables?: (actor: Actor) => Record<string, unknown>;
}

const { ADMIN, ANALYST, MODERATOR, PARTNER, TECHNICIAN } = Role;
let targetUserId = '';
let targetOrganizationId = '';
let targetQuestionId = '';
let targetActionItemId = '';
let outcomeDocumentId = '';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const agreedItem = demoActionItemId('formulacion-proyectos');
// Requested of AECID, awaiting the partner's review (demo data).
const aecidRequest = seedId('commitment:formulacion-proyectos:0');

/**
 * Every query and mutation of the schema, with who may call it. A new operation without a row
 * here fails the first test: declare its rule, in the resolver and here.
 */
const operations: Record<string, Operation> = {
  // Public programme and reference data.
  event: { allowed: 'ANYONE', document: '{ event { id } }' },
  themes: { allowed: 'ANYONE', document: '{ themes { id } }' },
  agenda: { allowed: 'ANYONE', document: '{ agenda { id } }' },
  provinces: { allowed: 'ANYONE', document: '{ provinces { code } }' },
  province: { allowed: 'ANYONE', document: '{ province(code: "01") { code } }' },
  competencies: { allowed: 'ANYONE', document: '{ competencies { key } }' },
  sdgs: { allowed: 'ANYONE', document: '{ sdgs { number } }' },
  cooperationModalities: { allowed: 'ANYONE', document: '{ cooperationModalities { key } }' },
  // Identity.
  me: { allowed: 'ANYONE', document: '{ me { id } }' },
  passwordLink: { allowed: 'ANYONE', document: '{ passwordLink(token: "not-a-token") { email } }' },
  login: {
    allowed: 'ANYONE',
    document: 'mutation { login(email: "moderador@demo.ruta.ec", password: "ruta-demo") { token } }',
  },
  logout: { allowed: 'ANYONE', document: 'mutation { logout }' },
  setPasswordWithLink: {
    allowed: 'ANYONE',
    document: 'mutation { setPasswordWithLink(input: { token: "not-a-token", password: "a-long-password" }) { token } }',
  },
  logoutEverywhere: { allowed: 'SIGNED_IN', document: 'mutation { logoutEverywhere }' },
  changePassword: {
    allowed: 'SIGNED_IN',
    document: 'mutation { changePassword(input: { currentPassword: "wrong-password", newPassword: "another-long-one" }) }',
  },
  users: { allowed: [ADMIN, ANALYST], document: '{ users { id } }' },
  user: {
    allowed: [ADMIN, ANALYST],
    document: 'query ($id: ID!) { user(id: $id) { id } }',
    variables: () => ({ id: demoUserId('admin@demo.ruta.ec') }),
  },
  createUser: {
    allowed: [ADMIN],
    document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
    variables: (actor) => ({ input: { email: `matrix.${actor.toLowerCase()}@example.org`, displayName: 'Matrix', role: 'MODERATOR' } }),
  },
  updateUser: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }',
    variables: () => ({ id: targetUserId, input: { displayName: 'Persona de prueba', role: 'MODERATOR' } }),
  },
  setUserDisabled: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { setUserDisabled(id: $id, disabled: false) { id } }',
    variables: () => ({ id: targetUserId }),
  },
  createPasswordLink: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { createPasswordLink(id: $id) { url } }',
    variables: () => ({ id: targetUserId }),
  },
  organizations: { allowed: 'SIGNED_IN', document: '{ organizations { id } }' },
  organization: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { organization(id: $id) { id } }',
    variables: () => ({ id: organizationId('congope') }),
  },
  createOrganization: {
    allowed: [ADMIN],
    document: 'mutation ($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
    variables: (actor) => ({ input: { name: `Red de prueba ${actor}`, kind: 'INTERNATIONAL_NETWORK' } }),
  },
  updateOrganization: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }',
    variables: () => ({ id: targetOrganizationId, input: { name: 'Fundación de prueba', kind: 'CIVIL_SOCIETY' } }),
  },
  // Conversatorios.
  conversatorios: { allowed: 'SIGNED_IN', document: '{ conversatorios { id } }' },
  conversatorio: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { conversatorio(id: $id) { id } }',
    variables: () => ({ id: conversatorioId('paradiplomacia') }),
  },
  createConversatorio: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($input: CreateConversatorioInput!) { createConversatorio(input: $input) { id } }',
    variables: (actor) => ({
      input: {
        themeId: themeId('paradiplomacia'),
        title: `Conversatorio de ${actor}`,
        startsAt: '2023-03-30T09:00:00-05:00',
        endsAt: '2023-03-30T10:00:00-05:00',
        provinceCodes: ['01'],
      },
    }),
  },
  moveConversatorio: {
    allowed: [ADMIN, ANALYST, MODERATOR],
    // Back to PLANNED is never a valid move: allowed callers get BAD_USER_INPUT and nothing changes.
    document: 'mutation ($id: ID!) { moveConversatorio(id: $id, input: { status: PLANNED, expectedVersion: 1 }) { id } }',
    variables: () => ({ id: conversatorioId('paradiplomacia') }),
  },
  // Contributions.
  contributions: { allowed: 'SIGNED_IN', document: '{ contributions(first: 5) { totalCount } }' },
  contribution: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { contribution(id: $id) { id } }',
    variables: () => ({ id: demoContributionId(0) }),
  },
  contributionsByIds: {
    allowed: 'SIGNED_IN',
    document: 'query ($ids: [ID!]!) { contributionsByIds(ids: $ids) { id } }',
    variables: () => ({ ids: [demoContributionId(0)] }),
  },
  createContribution: {
    allowed: [ADMIN, ANALYST, TECHNICIAN],
    document: 'mutation ($input: CreateContributionInput!) { createContribution(input: $input) { id } }',
    variables: (actor) => ({
      input: {
        conversatorioId: conversatorioId('cooperacion-descentralizada'),
        provinceCode: '01',
        type: 'IDEA',
        body: `Idea de ${actor}`,
      },
    }),
  },
  updateContribution: {
    // Only the author (the Azuay technician wrote this one); a wrong version changes nothing.
    allowed: [TECHNICIAN],
    document: 'mutation ($id: ID!) { updateContribution(id: $id, input: { type: IDEA, body: "x", expectedVersion: 999 }) { id } }',
    variables: () => ({ id: demoContributionId(0) }),
  },
  endorseContribution: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { endorseContribution(id: $id) { endorsementCount } }',
    variables: () => ({ id: demoContributionId(1) }),
  },
  hideContribution: {
    allowed: [ADMIN, ANALYST, MODERATOR],
    document: 'mutation ($id: ID!) { hideContribution(id: $id, reason: "Prueba") { id } }',
    variables: () => ({ id: demoContributionId(7) }),
  },
  restoreContribution: {
    allowed: [ADMIN, ANALYST, MODERATOR],
    document: 'mutation ($id: ID!) { restoreContribution(id: $id) { id } }',
    variables: () => ({ id: demoContributionId(7) }),
  },
  // Live questions of agenda sessions.
  sessionQuestions: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { sessionQuestions(sessionId: $id) { id } }',
    variables: () => ({ id: sessionId('paradiplomacia:panel') }),
  },
  askQuestion: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { askQuestion(sessionId: $id, body: "¿Una pregunta?") { id } }',
    variables: () => ({ id: sessionId('paradiplomacia:panel') }),
  },
  voteQuestion: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { voteQuestion(id: $id) { votes } }',
    variables: () => ({ id: targetQuestionId }),
  },
  moderateQuestion: {
    allowed: [ADMIN, ANALYST, MODERATOR],
    document: 'mutation ($id: ID!) { moderateQuestion(id: $id, status: APPROVED) { status } }',
    variables: () => ({ id: targetQuestionId }),
  },
  // The hoja de ruta.
  actionItems: { allowed: 'SIGNED_IN', document: '{ actionItems(first: 5) { totalCount } }' },
  actionItem: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { actionItem(id: $id) { id } }',
    variables: () => ({ id: agreedItem }),
  },
  proposeActionItem: {
    allowed: [ADMIN, ANALYST, TECHNICIAN],
    document: 'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
    variables: (actor) => ({ input: { title: `Acción de ${actor}`, themeId: themeId('paradiplomacia'), leadProvinceCode: '01' } }),
  },
  updateActionItem: {
    // The Azuay technician's own proposal; a stale version changes nothing.
    allowed: [ADMIN, ANALYST, TECHNICIAN],
    document: 'mutation ($id: ID!) { updateActionItem(id: $id, input: { expectedVersion: 999, title: "Otro título" }) { id } }',
    variables: () => ({ id: targetActionItemId }),
  },
  mergeActionItems: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!) { mergeActionItems(targetId: $id, targetVersion: 1, absorbedId: $id, absorbedVersion: 1) { id } }',
    variables: () => ({ id: targetActionItemId }),
  },
  linkContributions: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!, $c: [ID!]!) { linkContributions(id: $id, contributionIds: $c) { id } }',
    variables: () => ({ id: targetActionItemId, c: [UNKNOWN_ID] }),
  },
  unlinkContribution: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!, $c: ID!) { unlinkContribution(id: $id, contributionId: $c) { id } }',
    variables: () => ({ id: targetActionItemId, c: UNKNOWN_ID }),
  },
  consolidationQueue: { allowed: [ADMIN, ANALYST], document: '{ consolidationQueue(first: 5) { totalCount } }' },
  consolidationSummary: { allowed: [ADMIN, ANALYST], document: '{ consolidationSummary { count } }' },
  consolidationSuggestions: {
    allowed: [ADMIN, ANALYST],
    document: '{ consolidationSuggestions(text: "riego comunitario") { contributions { similarity } } }',
  },
  roadmapDashboard: { allowed: 'SIGNED_IN', document: '{ roadmapDashboard { totalItems } }' },
  importActionItems: {
    allowed: [ADMIN, ANALYST],
    // A file without the required columns: allowed callers get BAD_USER_INPUT and nothing is imported.
    document: 'mutation { importActionItems(csv: "titulo\\nUna acción", dryRun: true) { imported } }',
  },
  savedViews: { allowed: 'SIGNED_IN', document: '{ savedViews { id } }' },
  saveView: { allowed: 'SIGNED_IN', document: 'mutation { saveView(name: "Mi vista", query: "estado=AGREED") { id } }' },
  deleteView: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { deleteView(id: $id) }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  // Commitments.
  commitments: { allowed: 'SIGNED_IN', document: '{ commitments(first: 5) { totalCount } }' },
  commitment: {
    // Others than the analysts and AECID get NOT_FOUND: the commitment is private.
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { commitment(id: $id) { id } }',
    variables: () => ({ id: aecidRequest }),
  },
  requestCommitment: {
    allowed: [ADMIN, ANALYST],
    // A provincial government is not a partner: allowed callers get BAD_USER_INPUT.
    document: 'mutation ($input: CommitmentInput!) { requestCommitment(input: $input) { id } }',
    variables: () => ({
      input: { actionItemId: agreedItem, organizationId: organizationId('gad-01'), kind: 'TRAINING', description: 'Apoyo' },
    }),
  },
  offerCommitment: {
    allowed: [PARTNER],
    document: 'mutation ($input: CommitmentInput!) { offerCommitment(input: $input) { id } }',
    variables: () => ({
      input: { actionItemId: agreedItem, organizationId: organizationId('aecid'), kind: 'EQUIPMENT', description: 'Equipos' },
    }),
  },
  reviewCommitment: {
    // A request is reviewed by its partner only (analysts get FORBIDDEN from the rule on the record).
    allowed: [PARTNER],
    document: 'mutation ($id: ID!) { reviewCommitment(id: $id, expectedVersion: 999, decision: ACCEPTED) { id } }',
    variables: () => ({ id: aecidRequest }),
  },
  withdrawCommitment: {
    // A request is withdrawn by CONGOPE only.
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!) { withdrawCommitment(id: $id, expectedVersion: 999) { id } }',
    variables: () => ({ id: aecidRequest }),
  },
  fulfillCommitment: {
    // Not accepted yet: allowed callers get BAD_USER_INPUT.
    allowed: [ADMIN, ANALYST, PARTNER],
    document: 'mutation ($id: ID!) { fulfillCommitment(id: $id, expectedVersion: 1) { id } }',
    variables: () => ({ id: aecidRequest }),
  },
  // Collaborative documents, comments and search.
  documents: { allowed: 'SIGNED_IN', document: '{ documents { id } }' },
  document: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { document(id: $id) { id } }',
    variables: () => ({ id: nationalRoadmapDocumentId }),
  },
  conversatorioDocument: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
    variables: () => ({ id: conversatorioId('cooperacion-descentralizada') }),
  },
  ponenciaDocument: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { ponenciaDocument(sessionSpeakerId: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  collaborationTicket: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { collaborationTicket(documentId: $id) { access } }',
    variables: () => ({ id: nationalRoadmapDocumentId }),
  },
  documentSnapshots: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { documentSnapshots(documentId: $id) { id } }',
    variables: () => ({ id: nationalRoadmapDocumentId }),
  },
  createDocumentSnapshot: {
    // The open conversatorio's outcome document: its participants (the Azuay technician, its moderator) and CONGOPE.
    allowed: [ADMIN, ANALYST, TECHNICIAN, MODERATOR],
    document: 'mutation ($id: ID!) { createDocumentSnapshot(documentId: $id, name: "Versión de prueba") { id } }',
    variables: () => ({ id: outcomeDocumentId }),
  },
  restoreDocumentSnapshot: {
    allowed: [ADMIN, ANALYST, TECHNICIAN, MODERATOR],
    document: 'mutation ($id: ID!) { restoreDocumentSnapshot(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  mentionablePeople: { allowed: 'SIGNED_IN', document: '{ mentionablePeople(search: "demo") { id } }' },
  commentThreads: {
    allowed: 'SIGNED_IN',
    document: 'query ($id: ID!) { commentThreads(documentId: $id) { id } }',
    variables: () => ({ id: outcomeDocumentId }),
  },
  openCommentThread: {
    allowed: [ADMIN, ANALYST, TECHNICIAN, MODERATOR],
    document: 'mutation ($input: OpenCommentThreadInput!) { openCommentThread(input: $input) { id } }',
    variables: () => ({
      input: { documentId: outcomeDocumentId, anchorStart: 'AQID', anchorEnd: 'AQIE', quote: 'un pasaje', body: '¿Lo revisamos?' },
    }),
  },
  replyToCommentThread: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { replyToCommentThread(id: $id, input: { body: "De acuerdo" }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  resolveCommentThread: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { resolveCommentThread(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  reopenCommentThread: {
    allowed: 'SIGNED_IN',
    document: 'mutation ($id: ID!) { reopenCommentThread(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  search: { allowed: 'SIGNED_IN', document: '{ search(text: "cooperación") { id } }' },
  // The memoria de trabajo.
  generateMemoria: {
    allowed: [ADMIN, ANALYST],
    // An unknown theme: allowed callers get BAD_USER_INPUT and no job is started.
    document: 'mutation ($id: ID!) { generateMemoria(scope: THEME, themeId: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  memoriaJob: {
    allowed: [ADMIN, ANALYST],
    document: 'query ($id: ID!) { memoriaJob(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  memoriaJobs: { allowed: [ADMIN, ANALYST], document: '{ memoriaJobs { id } }' },
  publishMemoria: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!) { publishMemoria(jobId: $id) { number } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  memoriaVersions: { allowed: 'ANYONE', document: '{ memoriaVersions { number } }' },
  // Programme administration.
  speakers: { allowed: 'ANYONE', document: '{ speakers { id } }' },
  setEventEnglish: {
    allowed: [ADMIN],
    // Markup in a name: the administrator gets BAD_USER_INPUT and the English texts stay as they are.
    document: 'mutation { setEventEnglish(input: { name: "<b>Forum</b>" }) { id } }',
  },
  createTheme: {
    allowed: [ADMIN],
    // Too short a name: the administrator gets BAD_USER_INPUT and nothing is created.
    document: 'mutation { createTheme(input: { name: "X" }) { id } }',
  },
  updateTheme: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { updateTheme(id: $id, input: { name: "Paradiplomacia", description: "" }) { id } }',
    variables: () => ({ id: themeId('paradiplomacia') }),
  },
  createAgendaSession: {
    allowed: [ADMIN],
    document:
      'mutation { createAgendaSession(input: { kind: PANEL, title: "Fuera de hora", startsAt: "2023-03-28T20:00:00-05:00", endsAt: "2023-03-28T20:30:00-05:00" }) { id } }',
  },
  updateAgendaSession: {
    allowed: [ADMIN],
    document:
      'mutation ($id: ID!) { updateAgendaSession(id: $id, input: { kind: PANEL, title: "x", startsAt: "2023-03-28T20:00:00-05:00", endsAt: "2023-03-28T20:30:00-05:00" }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  deleteAgendaSession: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { deleteAgendaSession(id: $id) }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  createSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($org: ID!) { createSpeaker(input: { name: "Ponente de prueba", organizationId: $org }) { id } }',
    variables: () => ({ org: UNKNOWN_ID }),
  },
  updateSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { updateSpeaker(id: $id, input: { name: "Ponente" }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  addSessionSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { addSessionSpeaker(sessionId: $id, input: { role: PANELIST }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  updateSessionSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { updateSessionSpeaker(id: $id, input: { role: PANELIST }) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  removeSessionSpeaker: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { removeSessionSpeaker(id: $id) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
  setSessionModerators: {
    allowed: [ADMIN],
    document: 'mutation ($id: ID!) { setSessionModerators(sessionId: $id, userIds: []) { id } }',
    variables: () => ({ id: UNKNOWN_ID }),
  },
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
    targetUserId = user.id;
    const response = await api.gql<{ createOrganization: { id: string } }>(
      'mutation { createOrganization(input: { name: "Fundación de prueba", kind: CIVIL_SOCIETY }) { id } }',
      { token: await tokenFor(api, 'ADMIN') },
    );
    targetOrganizationId = response.data?.createOrganization.id ?? '';
    const question = await api.gql<{ askQuestion: { id: string } }>(
      'mutation ($id: ID!) { askQuestion(sessionId: $id, body: "¿Cómo se financia?") { id } }',
      // A session the demo moderator moderates (it moderates only some).
      { token: await tokenFor(api, 'MODERATOR'), variables: { id: sessionId('cooperacion-sur-sur:panel') } },
    );
    targetQuestionId = question.data?.askQuestion.id ?? '';
    const proposal = await api.gql<{ proposeActionItem: { id: string } }>(
      'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
      {
        token: await tokenFor(api, 'TECHNICIAN'),
        variables: { input: { title: 'Propuesta de Azuay para la matriz', themeId: themeId('paradiplomacia'), leadProvinceCode: '01' } },
      },
    );
    targetActionItemId = proposal.data?.proposeActionItem.id ?? '';
    const outcome = await api.gql<{ conversatorioDocument: { id: string } }>(
      'query ($id: ID!) { conversatorioDocument(conversatorioId: $id) { id } }',
      { token: await tokenFor(api, 'ANALYST'), variables: { id: conversatorioId('cooperacion-descentralizada') } },
    );
    outcomeDocumentId = outcome.data?.conversatorioDocument.id ?? '';
    await api.gql('mutation ($id: ID!) { moderateQuestion(id: $id, status: APPROVED) { id } }', {
      token: await tokenFor(api, 'MODERATOR'),
      variables: { id: targetQuestionId },
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

import { Role } from '@ruta/shared-domain';
import { conversatorioId, organizationId, themeId } from '@ruta/server-seed';
import { allActors, tokenFor, type Actor } from '../support/actors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { contributionsRows } from './authorization-matrix/contributions.rows.js';
import { conversatoriosRows } from './authorization-matrix/conversatorios.rows.js';
import { identityRows } from './authorization-matrix/identity.rows.js';
import { memoriaRows } from './authorization-matrix/memoria.rows.js';
import type { Allowed } from './authorization-matrix/operation.js';
import { programmeAdministrationRows } from './authorization-matrix/programme.rows.js';
import { questionsRows } from './authorization-matrix/questions.rows.js';
import { commitmentsRows, roadmapRows } from './authorization-matrix/roadmap.rows.js';

const { ADMIN, ANALYST, PARTNER, TECHNICIAN } = Role;
type SignedIn = Exclude<Actor, 'ANONYMOUS'>;
const signedIn = allActors.filter((actor): actor is SignedIn => actor !== 'ANONYMOUS');

/**
 * Each ability of `me.abilities` answers what the operation it stands for lets this person do —
 * the authorization matrix's own rows, so the two cannot drift apart.
 */
const asTheMatrixSays: Record<string, Allowed> = {
  listPeople: identityRows.users.allowed,
  managePeople: identityRows.createUser.allowed,
  manageOrganizations: identityRows.createOrganization.allowed,
  manageProgramme: programmeAdministrationRows.updateTheme.allowed,
  createConversatorios: conversatoriosRows.createConversatorio.allowed,
  contribute: contributionsRows.createContribution.allowed,
  moderateQuestions: questionsRows.moderateQuestion.allowed,
  generateMemoria: memoriaRows.memoriaJobs.allowed,
  proposeActionItems: roadmapRows.proposeActionItem.allowed,
  manageRoadmap: roadmapRows.mergeActionItems.allowed,
  consolidateRoadmap: roadmapRows.consolidationQueue.allowed,
  importRoadmap: roadmapRows.importActionItems.allowed,
  requestCommitments: commitmentsRows.requestCommitment.allowed,
  offerCommitments: commitmentsRows.offerCommitment.allowed,
};
/** Abilities with no single operation behind them. */
const asTheRulesSay: Record<string, Role[]> = {
  // The inbox: requests to a partner, offers to CONGOPE.
  reviewCommitments: [ADMIN, ANALYST, PARTNER],
  writePonencias: [ADMIN, ANALYST],
  exportDatabase: [ADMIN],
};
const allows = (allowed: Allowed, actor: SignedIn) => allowed === 'ANYONE' || allowed === 'SIGNED_IN' || allowed.includes(actor);

describe('what the viewer may do, asked of the server', () => {
  let api: TestApp;
  const as = async <T>(actor: Actor, query: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<T>(query, { token: await tokenFor(api, actor), variables });
    if (result.errors) throw new Error(`${actor}: ${JSON.stringify(result.errors)}`);
    return result.data!;
  };

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it.each(signedIn)('me.abilities as %s agree with the authorization matrix', async (actor) => {
    const fields = [...Object.keys(asTheMatrixSays), ...Object.keys(asTheRulesSay), 'proposalProvinceCode'];
    const { me } = await as<{ me: { abilities: Record<string, boolean | string | null> } }>(
      actor,
      `{ me { abilities { ${fields.join(' ')} } } }`,
    );
    const expected = {
      ...Object.fromEntries(Object.entries(asTheMatrixSays).map(([name, allowed]) => [name, allows(allowed, actor)])),
      ...Object.fromEntries(Object.entries(asTheRulesSay).map(([name, roles]) => [name, roles.includes(actor)])),
      // The Azuay technician proposes for Azuay only; CONGOPE for any province; the others not at all.
      proposalProvinceCode: actor === TECHNICIAN ? '01' : null,
    };
    expect(me.abilities).toEqual(expected);
  });

  it('abilities are the signed-in person’s own: nobody else’s record carries them, and anonymous visitors have no me', async () => {
    const { users } = await as<{ users: Array<{ email: string; abilities: unknown }> }>(
      'ADMIN',
      '{ users { email abilities { signedIn } } }',
    );
    expect(users.find((user) => user.email === 'admin@demo.ruta.ec')?.abilities).toEqual({ signedIn: true });
    expect(users.filter((user) => user.email !== 'admin@demo.ruta.ec').every((user) => user.abilities === null)).toBe(true);
    expect((await api.gql<{ me: unknown }>('{ me { abilities { signedIn } } }')).data?.me).toBeNull();
  });

  it('viewerCan on an action item, a commitment, a contribution and a conversatorio follows the rule on the record', async () => {
    const ITEM = 'viewerCan { edit manage requestCommitment offerCommitment }';
    const { proposeActionItem: proposal } = await as<{ proposeActionItem: { id: string } }>(
      TECHNICIAN,
      'mutation ($input: ProposeActionItemInput!) { proposeActionItem(input: $input) { id } }',
      { input: { title: 'Propuesta de Azuay para viewerCan', themeId: themeId('paradiplomacia'), leadProvinceCode: '01' } },
    );
    const item = async (actor: Actor, id: string) =>
      (await as<{ actionItem: Record<string, unknown> }>(actor, `query ($id: ID!) { actionItem(id: $id) { version ${ITEM} } }`, { id }))
        .actionItem;
    expect((await item(TECHNICIAN, proposal.id)).viewerCan).toEqual({
      edit: true,
      manage: false,
      requestCommitment: false,
      offerCommitment: false,
    });
    const analystView = await item(ANALYST, proposal.id);
    expect(analystView.viewerCan).toEqual({ edit: true, manage: true, requestCommitment: true, offerCommitment: false });

    await as(ANALYST, 'mutation ($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { id } }', {
      id: proposal.id,
      input: { expectedVersion: analystView.version, status: 'AGREED' },
    });
    // Agreed: the technician no longer edits it; a partner may offer support.
    expect((await item(TECHNICIAN, proposal.id)).viewerCan).toEqual({
      edit: false,
      manage: false,
      requestCommitment: false,
      offerCommitment: false,
    });
    expect((await item(PARTNER, proposal.id)).viewerCan).toEqual({
      edit: false,
      manage: false,
      requestCommitment: false,
      offerCommitment: true,
    });

    const { offerCommitment: offer } = await as<{ offerCommitment: { id: string } }>(
      PARTNER,
      'mutation ($input: CommitmentInput!) { offerCommitment(input: $input) { id } }',
      { input: { actionItemId: proposal.id, organizationId: organizationId('aecid'), kind: 'TRAINING', description: 'Talleres' } },
    );
    const commitment = async (actor: Actor) =>
      (
        await as<{ commitment: { viewerCan: unknown } }>(
          actor,
          'query ($id: ID!) { commitment(id: $id) { viewerCan { review withdraw fulfill } } }',
          { id: offer.id },
        )
      ).commitment.viewerCan;
    // An offer is reviewed by CONGOPE and withdrawn by its partner; nothing is fulfilled before it is accepted.
    expect(await commitment(ANALYST)).toEqual({ review: true, withdraw: false, fulfill: false });
    expect(await commitment(PARTNER)).toEqual({ review: false, withdraw: true, fulfill: false });

    const { contributions } = await as<{ contributions: { nodes: Array<{ province: { code: string }; viewerCan: unknown }> } }>(
      TECHNICIAN,
      'query ($filter: ContributionFilter) { contributions(filter: $filter, first: 50) { nodes { province { code } viewerCan { edit moderate proposeActionItem } } } }',
      { filter: { conversatorioId: conversatorioId('cooperacion-descentralizada') } },
    );
    expect(contributions.nodes.length).toBeGreaterThan(1);
    for (const node of contributions.nodes) {
      expect(node.viewerCan).toMatchObject({ moderate: false, proposeActionItem: node.province.code === '01' });
    }

    const conversatorio = async (actor: Actor) =>
      (
        await as<{ conversatorio: { viewerCan: unknown } }>(
          actor,
          'query ($id: ID!) { conversatorio(id: $id) { viewerCan { moveStatus contributeFor } } }',
          {
            id: conversatorioId('cooperacion-descentralizada'),
          },
        )
      ).conversatorio.viewerCan;
    expect(await conversatorio(TECHNICIAN)).toEqual({ moveStatus: false, contributeFor: ['01'] });
    expect(await conversatorio(ANALYST)).toEqual({ moveStatus: true, contributeFor: ['01', '10', '11', '13', '17'] });
    expect(await conversatorio(PARTNER)).toEqual({ moveStatus: false, contributeFor: [] });
  });
});

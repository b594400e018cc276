import { Role } from '@ruta/shared-domain';
import { demoActionItemId, organizationId, seedId, themeId } from '@ruta/server-seed';
import { type Operation, targets, UNKNOWN_ID } from './operation.js';

const { ADMIN, ANALYST, PARTNER, TECHNICIAN } = Role;
const agreedItem = demoActionItemId('formulacion-proyectos');
// Requested of AECID, awaiting the partner's review (demo data).
const aecidRequest = seedId('commitment:formulacion-proyectos:0');

/** The hoja de ruta: action items, consolidation, the dashboard, import and saved views. */
export const roadmapRows: Record<string, Operation> = {
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
    variables: () => ({ id: targets.actionItemId }),
  },
  mergeActionItems: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!) { mergeActionItems(targetId: $id, targetVersion: 1, absorbedId: $id, absorbedVersion: 1) { id } }',
    variables: () => ({ id: targets.actionItemId }),
  },
  linkContributions: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!, $c: [ID!]!) { linkContributions(id: $id, contributionIds: $c) { id } }',
    variables: () => ({ id: targets.actionItemId, c: [UNKNOWN_ID] }),
  },
  unlinkContribution: {
    allowed: [ADMIN, ANALYST],
    document: 'mutation ($id: ID!, $c: ID!) { unlinkContribution(id: $id, contributionId: $c) { id } }',
    variables: () => ({ id: targets.actionItemId, c: UNKNOWN_ID }),
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
};

/** Commitments. */
export const commitmentsRows: Record<string, Operation> = {
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
};

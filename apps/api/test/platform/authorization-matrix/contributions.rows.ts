import { Role } from '@ruta/shared-domain';
import { conversatorioId, demoContributionId } from '@ruta/server-seed';
import { type Operation } from './operation.js';

const { ADMIN, ANALYST, MODERATOR, TECHNICIAN } = Role;

/** Contributions. */
export const contributionsRows: Record<string, Operation> = {
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
};

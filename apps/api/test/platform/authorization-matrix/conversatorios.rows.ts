import { Role } from '@ruta/shared-domain';
import { conversatorioId, themeId } from '@ruta/server-seed';
import { type Operation } from './operation.js';

const { ADMIN, ANALYST, MODERATOR } = Role;

/** Conversatorios. */
export const conversatoriosRows: Record<string, Operation> = {
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
};

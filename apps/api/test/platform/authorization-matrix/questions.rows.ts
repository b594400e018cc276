import { Role } from '@ruta/shared-domain';
import { sessionId } from '@ruta/server-seed';
import { type Operation, targets } from './operation.js';

const { ADMIN, ANALYST, MODERATOR } = Role;

/** Live questions of agenda sessions. */
export const questionsRows: Record<string, Operation> = {
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
    variables: () => ({ id: targets.questionId }),
  },
  moderateQuestion: {
    allowed: [ADMIN, ANALYST, MODERATOR],
    document: 'mutation ($id: ID!) { moderateQuestion(id: $id, status: APPROVED) { status } }',
    variables: () => ({ id: targets.questionId }),
  },
};

import type { Role } from '@ruta/shared-domain';
import type { Actor } from '../../support/actors.js';

/** Who may call an operation. */
export type Allowed = 'ANYONE' | 'SIGNED_IN' | Role[];

/** A row of the matrix: one query or mutation of the schema, and who may call it. */
export interface Operation {
  allowed: Allowed;
  document: string;
  variables?: (actor: Actor) => Record<string, unknown>;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/**
 * Records the matrix's runner creates before the first row runs; rows read them when they run,
 * not when they are declared.
 */
export const targets = {
  userId: '',
  organizationId: '',
  questionId: '',
  actionItemId: '',
  outcomeDocumentId: '',
};

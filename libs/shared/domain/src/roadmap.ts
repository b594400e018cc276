/** The life of a roadmap action item (hoja de ruta). Keys equal values (GraphQL enum names). */
export const ActionItemStatus = {
  PROPOSED: 'PROPOSED',
  AGREED: 'AGREED',
  IN_PROGRESS: 'IN_PROGRESS',
  DONE: 'DONE',
  BLOCKED: 'BLOCKED',
  CANCELLED: 'CANCELLED',
} as const;
export type ActionItemStatus = (typeof ActionItemStatus)[keyof typeof ActionItemStatus];

/**
 * Where each status may go. Forward one step at a time; any open item may be blocked or
 * cancelled (both need a reason); a blocked item resumes where work stands. DONE and CANCELLED
 * are final.
 */
export const actionItemTransitions: Record<ActionItemStatus, ActionItemStatus[]> = {
  PROPOSED: ['AGREED', 'CANCELLED'],
  AGREED: ['IN_PROGRESS', 'BLOCKED', 'CANCELLED'],
  IN_PROGRESS: ['DONE', 'BLOCKED', 'CANCELLED'],
  BLOCKED: ['AGREED', 'IN_PROGRESS', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

/** Statuses that must say why. */
export const statusesNeedingReason: ReadonlySet<ActionItemStatus> = new Set(['BLOCKED', 'CANCELLED']);

export function canMoveActionItem(from: ActionItemStatus, to: ActionItemStatus): boolean {
  return actionItemTransitions[from].includes(to);
}

export const Priority = {
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
} as const;
export type Priority = (typeof Priority)[keyof typeof Priority];

/** What kind of support a commitment is. */
export const CommitmentKind = {
  TECHNICAL_ASSISTANCE: 'TECHNICAL_ASSISTANCE',
  NON_REIMBURSABLE_FINANCING: 'NON_REIMBURSABLE_FINANCING',
  TRAINING: 'TRAINING',
  EXCHANGE_OF_EXPERIENCES: 'EXCHANGE_OF_EXPERIENCES',
  EQUIPMENT: 'EQUIPMENT',
  OTHER: 'OTHER',
} as const;
export type CommitmentKind = (typeof CommitmentKind)[keyof typeof CommitmentKind];

/** Who started it: CONGOPE asked the partner (REQUEST) or the partner offered (OFFER). */
export const CommitmentDirection = {
  REQUEST: 'REQUEST',
  OFFER: 'OFFER',
} as const;
export type CommitmentDirection = (typeof CommitmentDirection)[keyof typeof CommitmentDirection];

export const CommitmentStatus = {
  PROPOSED: 'PROPOSED',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  FULFILLED: 'FULFILLED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type CommitmentStatus = (typeof CommitmentStatus)[keyof typeof CommitmentStatus];

/** A proposed commitment is accepted or declined by the other side, or withdrawn by its author; an accepted one is fulfilled. */
export const commitmentTransitions: Record<CommitmentStatus, CommitmentStatus[]> = {
  PROPOSED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: ['FULFILLED'],
  DECLINED: [],
  FULFILLED: [],
  WITHDRAWN: [],
};

/** Currencies a commitment amount may be in (ISO 4217). */
export const currencies = ['USD', 'EUR', 'JPY', 'KRW', 'GBP', 'CHF', 'CAD'] as const;
export type Currency = (typeof currencies)[number];

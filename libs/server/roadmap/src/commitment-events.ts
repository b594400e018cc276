import type { CommitmentDirection } from '@ruta/shared-domain';

/** What happened to a commitment, for the features that act on it (notifications). */
export const COMMITMENT_EVENTS = 'commitment-events';
export type CommitmentChange = 'requested' | 'offered' | 'accepted' | 'declined' | 'withdrawn' | 'fulfilled';

export interface CommitmentEventPayload {
  commitmentId: string;
  actionItemId: string;
  organizationId: string;
  direction: CommitmentDirection;
  change: CommitmentChange;
  actorId: string;
  comment: string | null;
}

declare module '@ruta/server-core' {
  interface DomainEventMap {
    [COMMITMENT_EVENTS]: CommitmentEventPayload;
  }
}

import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommitmentDirection, CommitmentKind, CommitmentStatus } from '@ruta/shared-domain';
import { Paginated } from '@ruta/server-core';
import { PersonRef } from '@ruta/server-conversatorios';
import { CooperationModality } from '@ruta/server-reference';
import { ActionItemRef, OrganizationRef } from './action-item.model.js';

registerEnumType(CommitmentKind, { name: 'CommitmentKind' });
registerEnumType(CommitmentDirection, { name: 'CommitmentDirection' });
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });

@ObjectType('Commitment', { description: 'Support asked of (REQUEST) or offered by (OFFER) a partner on an action item.' })
export class Commitment {
  @Field(() => ID)
  id: string;

  @Field(() => ActionItemRef)
  actionItem: ActionItemRef;

  @Field(() => OrganizationRef)
  organization: OrganizationRef;

  @Field(() => CommitmentKind)
  kind: CommitmentKind;

  @Field(() => CommitmentDirection)
  direction: CommitmentDirection;

  @Field(() => CooperationModality, { nullable: true })
  modality: CooperationModality | null;

  @Field()
  description: string;

  @Field(() => Float, { nullable: true, description: 'Seen by CONGOPE and the partner concerned only (null for others).' })
  amount: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. USD, EUR (with the amount).' })
  currency: string | null;

  @Field(() => CommitmentStatus)
  status: CommitmentStatus;

  @Field(() => String, { nullable: true, description: 'The reviewer’s reason for accepting or declining.' })
  reviewComment: string | null;

  @Field(() => PersonRef, { nullable: true })
  reviewedBy: PersonRef | null;

  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => PersonRef)
  createdBy: PersonRef;

  @Field({ description: 'True when the signed-in person is the one to accept or decline it now.' })
  awaitingMyReview: boolean;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('CommitmentConnection')
export class CommitmentConnection extends Paginated(Commitment) {}

@ObjectType('SupportFigure', {
  description:
    'Support an item has (accepted or fulfilled commitments), by kind: what everyone who sees the item may know of it — no partner, no amount.',
})
export class SupportFigure {
  @Field(() => CommitmentKind)
  kind: CommitmentKind;

  @Field(() => CommitmentStatus, { description: 'ACCEPTED or FULFILLED.' })
  status: CommitmentStatus;

  @Field(() => Int)
  count: number;
}

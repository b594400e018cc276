import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionType } from '@ruta/shared-domain';
import { Paginated } from '@ruta/server-core';
import { PersonRef } from '@ruta/server-conversatorios';
import { ThemeRef } from '@ruta/server-events';
import { Competency, Province, Sdg } from '@ruta/server-reference';

registerEnumType(ContributionType, { name: 'ContributionType' });

@ObjectType('ConversatorioRef')
export class ConversatorioRef {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ThemeRef)
  theme: ThemeRef;
}

@ObjectType('Contribution')
export class Contribution {
  @Field(() => ID)
  id: string;

  @Field(() => ContributionType)
  type: ContributionType;

  @Field()
  body: string;

  @Field(() => Province)
  province: Province;

  @Field(() => PersonRef)
  author: PersonRef;

  @Field(() => ConversatorioRef)
  conversatorio: ConversatorioRef;

  @Field(() => [Competency])
  competencies: Competency[];

  @Field(() => [Sdg])
  sdgs: Sdg[];

  @Field(() => Int)
  endorsementCount: number;

  @Field()
  endorsedByMe: boolean;

  @Field({ description: 'Hidden by moderation; only analysts and the moderator see hidden ones.' })
  hidden: boolean;

  @Field(() => String, { nullable: true })
  hiddenReason: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType('ContributionConnection')
export class ContributionConnection extends Paginated(Contribution) {}

export const ContributionEventKind = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  ENDORSED: 'ENDORSED',
  HIDDEN: 'HIDDEN',
  RESTORED: 'RESTORED',
} as const;
export type ContributionEventKind = (typeof ContributionEventKind)[keyof typeof ContributionEventKind];
registerEnumType(ContributionEventKind, { name: 'ContributionEventKind' });

@ObjectType('ContributionEvent', { description: 'A change to a contribution of a conversatorio, as the subscriber may see it.' })
export class ContributionEvent {
  @Field(() => ContributionEventKind)
  kind: ContributionEventKind;

  @Field(() => ID)
  contributionId: string;

  @Field(() => ID)
  conversatorioId: string;

  @Field(() => Contribution, { nullable: true, description: 'Null when the subscriber may not see it (e.g. it was hidden): remove it.' })
  contribution: Contribution | null;
}

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

import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConversatorioStatus } from '@ruta/shared-domain';
import { ThemeRef } from '@ruta/server-events';
import { Province } from '@ruta/server-reference';

registerEnumType(ConversatorioStatus, { name: 'ConversatorioStatus' });

@ObjectType('PersonRef', { description: 'A person as others see them: a name, no contact details.' })
export class PersonRef {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('Conversatorio', { description: 'A working discussion of one theme, whose outcomes feed the roadmap.' })
export class Conversatorio {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  purpose: string;

  @Field(() => ThemeRef)
  theme: ThemeRef;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => PersonRef, { nullable: true })
  moderator: PersonRef | null;

  @Field(() => ConversatorioStatus)
  status: ConversatorioStatus;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => [Province], { description: 'The provinces taking part, by INEC code.' })
  provinces: Province[];

  @Field(() => Int)
  version: number;
}

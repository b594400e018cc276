import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@ruta/server-core';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export const SearchHitKind = { CONTRIBUTION: 'CONTRIBUTION', ACTION_ITEM: 'ACTION_ITEM', DOCUMENT: 'DOCUMENT' } as const;
export type SearchHitKind = (typeof SearchHitKind)[keyof typeof SearchHitKind];
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType('SearchHit', { description: 'A contribution, action item or document matching a search.' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: `Matching passage; matched words between ${HIGHLIGHT_START} and ${HIGHLIGHT_END}.` })
  snippet: string;

  @Field({ description: 'Where it is shown in the web app.' })
  href: string;

  @Field(() => Float)
  rank: number;
}

@ArgsType()
export class SearchArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  text: string;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50)
  first: number;
}

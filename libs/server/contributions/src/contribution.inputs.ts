import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ContributionType } from '@ruta/shared-domain';
import { IsFreeText, PaginationArgs, Trim } from '@ruta/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class ContributionContentInput {
  @Field(() => ContributionType)
  @IsEnum(ContributionType)
  type: ContributionType;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @IsFreeText()
  body: string;

  @Field(() => [String], { defaultValue: [], description: 'COOTAD competency keys.' })
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  competencyKeys: string[];

  @Field(() => [Int], { defaultValue: [], description: 'SDG numbers, 1–17.' })
  @ArrayMaxSize(17)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgNumbers: number[];
}

@InputType()
export class CreateContributionInput extends ContributionContentInput {
  @Field(() => ID)
  @IsUUID()
  conversatorioId: string;

  @Field({ description: 'INEC code of the province the contribution is made for.' })
  @IsString()
  @Matches(/^\d{2}$/)
  provinceCode: string;
}

@InputType()
export class UpdateContributionInput extends ContributionContentInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class ContributionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  conversatorioId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => ContributionType, { nullable: true })
  @IsOptional()
  @IsEnum(ContributionType)
  type?: ContributionType;

  @Field({ nullable: true, description: 'Accent-insensitive Spanish full-text search, e.g. "cooperacion".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  competencyKey?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(17)
  sdg?: number;
}

@ArgsType()
export class ContributionsArgs extends PaginationArgs {
  @Field(() => ContributionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContributionFilter)
  filter?: ContributionFilter;
}

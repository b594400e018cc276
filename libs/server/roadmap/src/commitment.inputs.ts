import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { CommitmentKind, CommitmentStatus, currencies } from '@ruta/shared-domain';
import { IdArgs, IsFreeText, PaginationArgs, Trim } from '@ruta/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class CommitmentInput {
  @Field(() => ID)
  @IsUUID()
  actionItemId: string;

  @Field(() => ID, { description: 'The partner organisation; a partner offers only for their own.' })
  @IsUUID()
  organizationId: string;

  @Field(() => CommitmentKind)
  @IsEnum(CommitmentKind)
  kind: CommitmentKind;

  @Field(() => String, { nullable: true, description: 'Cooperation modality key (bilateral, sur_sur, triangular…).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  modalityKey?: string | null;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  @IsFreeText()
  description: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999_999_999_999)
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'Required with an amount: USD, EUR, JPY, KRW, GBP, CHF or CAD.' })
  @IsOptional()
  @IsIn(currencies)
  currency?: string | null;
}

export const ReviewDecision = { ACCEPTED: 'ACCEPTED', DECLINED: 'DECLINED' } as const;
export type ReviewDecision = (typeof ReviewDecision)[keyof typeof ReviewDecision];
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@ArgsType()
export class VersionedIdArgs extends IdArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class ReviewCommitmentArgs extends VersionedIdArgs {
  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Why; required to decline.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  comment?: string | null;
}

@ArgsType()
export class CloseCommitmentArgs extends VersionedIdArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  comment?: string | null;
}

@InputType()
export class CommitmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actionItemId?: string;

  @Field(() => [CommitmentStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(CommitmentStatus, { each: true })
  statuses?: CommitmentStatus[];

  @Field({ nullable: true, description: 'Only the proposed ones the signed-in person is to accept or decline.' })
  @IsOptional()
  @IsBoolean()
  awaitingMyReview?: boolean;
}

@ArgsType()
export class CommitmentsArgs extends PaginationArgs {
  @Field(() => CommitmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentFilter)
  filter?: CommitmentFilter;
}

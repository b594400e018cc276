import { ArgsType, Field, Float, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import { ActionItemStatus, Priority } from '@ruta/shared-domain';
import { IsFreeText, IsPlainText, PaginationArgs, Trim } from '@ruta/server-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

const PROVINCE_CODE = /^\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class IndicatorInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsPlainText()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(40)
  @IsPlainText()
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  current?: number | null;
}

/** What an action item says: everything but its status, progress and sources. */
@InputType()
export class ActionItemContentInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(5)
  @MaxLength(200)
  @IsPlainText()
  title: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(5000)
  @IsFreeText()
  description: string;

  @Field(() => ID)
  @IsUUID()
  themeId: string;

  @Field(() => String, { nullable: true, description: 'COOTAD competency key.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  competencyKey?: string | null;

  @Field({ description: 'INEC code of the lead province.' })
  @Matches(PROVINCE_CODE)
  leadProvinceCode: string;

  @Field(() => [String], { defaultValue: [], description: 'INEC codes of co-responsible provinces.' })
  @ArrayMaxSize(23)
  @ArrayUnique()
  @Matches(PROVINCE_CODE, { each: true })
  coProvinceCodes: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A CONGOPE analyst or administrator.' })
  @IsOptional()
  @IsUUID()
  focalPointId?: string | null;

  @Field(() => Priority, { defaultValue: Priority.MEDIUM })
  @IsEnum(Priority)
  priority: Priority;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after the start date.' })
  @IsOptional()
  @Matches(DATE)
  @IsISO8601({ strict: true })
  dueDate?: string | null;

  @Field(() => [IndicatorInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators: IndicatorInput[];

  @Field(() => Float, { nullable: true, description: 'Estimated budget in US dollars.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(999_999_999_999)
  budgetUsd?: number | null;

  @Field(() => [Int], { defaultValue: [], description: 'SDG numbers, 1–17.' })
  @ArrayMaxSize(17)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgNumbers: number[];
}

@InputType()
export class ProposeActionItemInput extends ActionItemContentInput {
  @Field(() => [ID], { defaultValue: [], description: 'The contributions it comes from.' })
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  sourceContributionIds: string[];
}

/** A change to an item: only the fields given change. Status and progress are the analysts'. */
@InputType()
export class UpdateActionItemInput extends PartialType(ActionItemContentInput, { omitDefaultValues: true }) {
  @Field(() => Int, { description: 'The version the change was made on; a stale one gets VERSION_CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'Required to block or cancel.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  @IsFreeText()
  statusReason?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;
}

export const ActionItemSort = {
  UPDATED: 'UPDATED',
  DUE_DATE: 'DUE_DATE',
  PRIORITY: 'PRIORITY',
  PROGRESS: 'PROGRESS',
  TITLE: 'TITLE',
} as const;
export type ActionItemSort = (typeof ActionItemSort)[keyof typeof ActionItemSort];
registerEnumType(ActionItemSort, { name: 'ActionItemSort' });

@InputType()
export class ActionItemFilter {
  @Field({ nullable: true, description: 'Lead or co-responsible province.' })
  @IsOptional()
  @Matches(PROVINCE_CODE)
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @Field(() => [ActionItemStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(ActionItemStatus, { each: true })
  statuses?: ActionItemStatus[];

  @Field(() => Priority, { nullable: true })
  @IsOptional()
  @IsEnum(Priority)
  priority?: Priority;

  @Field(() => ID, { nullable: true, description: 'Responsible organisation, or a partner with a commitment on the item.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  competencyKey?: string;

  @Field({ nullable: true, description: 'Accent-insensitive Spanish full-text search.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field({ nullable: true, description: 'Include items merged into others (left out by default).' })
  @IsOptional()
  @IsBoolean()
  includeMerged?: boolean;
}

@ArgsType()
export class ActionItemsArgs extends PaginationArgs {
  @Field(() => ActionItemFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionItemFilter)
  filter?: ActionItemFilter;

  @Field(() => ActionItemSort, { defaultValue: ActionItemSort.UPDATED })
  @IsEnum(ActionItemSort)
  sort: ActionItemSort = ActionItemSort.UPDATED;
}

@ArgsType()
export class MergeActionItemsArgs {
  @Field(() => ID, { description: 'The item that stays and absorbs the other.' })
  @IsUUID()
  targetId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  targetVersion: number;

  @Field(() => ID, { description: 'The item absorbed: cancelled, pointing to the target; nothing is deleted.' })
  @IsUUID()
  absorbedId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  absorbedVersion: number;
}

@ArgsType()
export class LinkSourcesArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  contributionIds: string[];
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AgendaSessionKind, SpeakerRole } from '@ruta/shared-domain';
import { IsFreeText, IsPlainText, Trim } from '@ruta/server-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** Trims each text of a list before it is validated. */
const TrimEach = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)) : value,
  );

const untranslated = 'Null or empty: no English version (the Spanish is shown, marked as Spanish).';

@InputType({ description: 'A theme’s texts in English. ' + untranslated })
export class ThemeEnglishInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120)
  @IsPlainText()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  description?: string | null;
}

@InputType({ description: 'A session’s texts in English. ' + untranslated })
export class AgendaSessionEnglishInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsPlainText()
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  description?: string | null;
}

@InputType({ description: 'Every English text of the event (all of them are replaced). ' + untranslated })
export class EventEnglishInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsPlainText()
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  @IsPlainText()
  subtitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  @IsFreeText()
  presentation?: string | null;

  @Field(() => [String], { nullable: true, description: 'One text per objective; empty texts are left out.' })
  @IsOptional()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @IsFreeText({ each: true })
  objectives?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @IsFreeText({ each: true })
  specificObjectives?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  @IsFreeText()
  methodology?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @IsFreeText({ each: true })
  audience?: string[] | null;
}

@InputType()
export class ThemeInput {
  @Field()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(120)
  @IsPlainText()
  name: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  description: string;

  @Field(() => ThemeEnglishInput, { nullable: true, description: 'Left out: the English texts stay as they are.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThemeEnglishInput)
  english?: ThemeEnglishInput | null;
}

@InputType()
export class AgendaSessionInput {
  @Field(() => AgendaSessionKind)
  @IsEnum(AgendaSessionKind)
  kind: AgendaSessionKind;

  @Field(() => ID, { nullable: true, description: 'Null for the opening and closing.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsPlainText()
  title: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  @IsFreeText()
  description: string;

  @Field(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => AgendaSessionEnglishInput, { nullable: true, description: 'Left out: the English texts stay as they are.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AgendaSessionEnglishInput)
  english?: AgendaSessionEnglishInput | null;
}

@InputType()
export class SpeakerInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  @IsPlainText()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsPlainText()
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @Field({ defaultValue: '', description: 'A short biography.' })
  @Trim()
  @IsString()
  @MaxLength(1500)
  @IsFreeText()
  bio: string;
}

@InputType({ description: 'A speaking slot of a session: who speaks, in what part, for how long, and where the talk can be seen.' })
export class SessionSpeakerInput {
  @Field(() => SpeakerRole)
  @IsEnum(SpeakerRole)
  role: SpeakerRole;

  @Field(() => ID, { nullable: true, description: 'Null while the person is to be confirmed.' })
  @IsOptional()
  @IsUUID()
  speakerId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  slidesUrl?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  recordingUrl?: string | null;
}

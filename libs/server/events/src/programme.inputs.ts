import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AgendaSessionKind, SpeakerRole } from '@ruta/shared-domain';
import { IsFreeText, IsPlainText, Trim } from '@ruta/server-core';
import { IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

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

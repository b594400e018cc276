import { Field, InputType } from '@nestjs/graphql';
import { OrganizationKind } from '@ruta/shared-domain';
import { IsPlainText, Trim } from '@ruta/server-core';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

@InputType()
export class OrganizationInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsPlainText()
  name: string;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @IsPlainText()
  shortName?: string | null;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Required for a GAD provincial: its province.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @Trim()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;
}

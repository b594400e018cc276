import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID, Matches, IsEnum } from 'class-validator';
import { MemoriaScopeKind } from './memoria.entity.js';

@ArgsType()
export class GenerateArgs {
  @Field(() => MemoriaScopeKind, { defaultValue: MemoriaScopeKind.FORUM })
  @IsEnum(MemoriaScopeKind)
  scope: MemoriaScopeKind;

  @Field(() => ID, { nullable: true, description: 'For a theme’s memoria.' })
  @IsOptional()
  @IsUUID()
  themeId?: string | null;

  @Field(() => String, { nullable: true, description: 'For a province’s memoria (INEC code).' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field({ defaultValue: 'es', description: 'es or en (the fixed texts).' })
  @IsIn(['es', 'en'])
  language: 'es' | 'en';
}

@ArgsType()
export class PublishArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;
}

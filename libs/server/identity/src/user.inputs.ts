import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@ruta/shared-domain';
import { IsPlainText, NormalizeEmail, Trim } from '@ruta/server-core';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';

@ArgsType()
export class LoginArgs {
  @Field()
  @NormalizeEmail()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class UserInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @IsPlainText()
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Required for a technician: INEC code of a province with a prefectura.' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for a partner: their organisation.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@InputType()
export class CreateUserInput extends UserInput {
  @Field()
  @NormalizeEmail()
  @IsString()
  @IsNotEmpty()
  @MaxLength(254)
  @IsEmail({ allow_display_name: false, allow_ip_domain: false })
  email: string;
}

@InputType()
export class UpdateUserInput extends UserInput {}

@InputType()
export class SetPasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword: string;
}

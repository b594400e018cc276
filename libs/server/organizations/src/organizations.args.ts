import { ArgsType, Field } from '@nestjs/graphql';
import { OrganizationKind } from '@ruta/shared-domain';
import { IsEnum, IsOptional } from 'class-validator';

@ArgsType()
export class OrganizationsArgs {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;
}

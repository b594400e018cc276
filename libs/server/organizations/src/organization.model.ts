import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationKind } from '@ruta/shared-domain';
import { Province } from '@ruta/server-reference';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

@ObjectType('Organization')
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Acronym or short name, e.g. CONGOPE, AECID.' })
  shortName: string | null;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => Province, { nullable: true, description: 'The province a GAD provincial governs.' })
  province: Province | null;

  @Field(() => String, { nullable: true })
  website: string | null;
}

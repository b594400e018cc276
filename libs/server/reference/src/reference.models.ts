import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Province', { description: 'A province of Ecuador, keyed by its INEC code ("01".."24").' })
export class Province {
  @Field(() => ID, { description: 'INEC (DPA) two-digit code.' })
  code: string;

  @Field()
  name: string;

  @Field()
  capital: string;

  @Field({ description: 'Natural region: Sierra, Costa, Amazonía or Insular.' })
  region: string;

  @Field({ description: 'False for Galápagos, governed by a special-regime council.' })
  hasPrefectura: boolean;
}

@ObjectType('Competency', { description: 'An exclusive competency of the provincial governments (COOTAD art. 42).' })
export class Competency {
  @Field(() => ID)
  key: string;

  @Field()
  name: string;

  @Field()
  legalBasis: string;
}

@ObjectType('Sdg', { description: 'A Sustainable Development Goal (Objetivo de Desarrollo Sostenible).' })
export class Sdg {
  @Field(() => Int)
  number: number;

  @Field()
  name: string;
}

@ObjectType('CooperationModality', { description: 'A modality of international cooperation.' })
export class CooperationModality {
  @Field(() => ID)
  key: string;

  @Field()
  name: string;
}

import { Authorize } from '@ruta/server-core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Competency, CooperationModality, Province, Sdg } from './reference.models.js';
import { ReferenceService } from './reference.service.js';

/** Public reference data: anyone, signed in or not, may read it. */
@Resolver()
@Authorize.public()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [Province], { description: 'The 24 provinces of Ecuador (23 with a prefectura).' })
  provinces(): Promise<Province[]> {
    return this.reference.listProvinces();
  }

  @Query(() => Province, { nullable: true })
  province(@Args('code') code: string): Promise<Province | null> {
    return this.reference.findProvince(code);
  }

  @Query(() => [Competency], { description: 'Provincial competencies (Constitución art. 263, COOTAD art. 42).' })
  competencies(): Promise<Competency[]> {
    return this.reference.listCompetencies();
  }

  @Query(() => [Sdg], { description: 'The 17 Sustainable Development Goals.' })
  sdgs(): Promise<Sdg[]> {
    return this.reference.listSdgs();
  }

  @Query(() => [CooperationModality])
  cooperationModalities(): Promise<CooperationModality[]> {
    return this.reference.listCooperationModalities();
  }
}

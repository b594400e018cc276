import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentKind } from '@ruta/shared-domain';
import { Abilities } from '@ruta/server-core';
import { documentsPolicy } from './documents.policy.js';

@Resolver(() => Abilities)
export class DocumentsAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Writes the talks’ ponencias (summaries).' })
  writePonencias(@Parent() { viewer }: Abilities): boolean {
    return documentsPolicy.can(viewer, 'document:edit', { kind: DocumentKind.PONENCIA, conversatorio: null });
  }
}

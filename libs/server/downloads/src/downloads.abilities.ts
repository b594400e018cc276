import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities } from '@ruta/server-core';
import { dataPolicy } from './database-export.js';

@Resolver(() => Abilities)
export class DownloadsAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Downloads the whole database as JSON (`/exports/datos.json`).' })
  exportDatabase(@Parent() { viewer }: Abilities): boolean {
    return dataPolicy.can(viewer, 'data:export');
  }
}

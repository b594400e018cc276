import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, definePolicy, signedIn, type AuthUser } from '@ruta/server-core';
import { SearchArgs, SearchHit } from './search.model.js';
import { SearchService } from './search.service.js';

const searchPolicy = definePolicy<'search:run'>('search', { 'search:run': signedIn });

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => [SearchHit], { description: 'Accent-insensitive Spanish search over contributions, action items and documents.' })
  @Authorize(searchPolicy, 'search:run')
  search(@CurrentUser() actor: AuthUser, @Args() { text, first }: SearchArgs): Promise<SearchHit[]> {
    return this.service.search(actor, text, first);
  }
}

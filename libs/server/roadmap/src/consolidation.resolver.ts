import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, type AuthUser } from '@ruta/server-core';
import { ContributionConnection, ContributionsArgs } from '@ruta/server-contributions';
import { ConsolidationService } from './consolidation.service.js';
import { roadmapPolicy } from './roadmap.policy.js';
import { ConsolidationCell, ConsolidationSuggestions } from './consolidation.model.js';
import { SuggestionsArgs } from './consolidation.args.js';

@Resolver()
export class ConsolidationResolver {
  constructor(private readonly service: ConsolidationService) {}

  @Query(() => ContributionConnection, { description: 'Contributions not yet linked to any action item (analysts).' })
  @Authorize(roadmapPolicy, 'roadmap:consolidate')
  consolidationQueue(@CurrentUser() actor: AuthUser, @Args() { filter, first, after }: ContributionsArgs): Promise<ContributionConnection> {
    return this.service.queue(actor, filter ?? {}, first, after);
  }

  @Query(() => [ConsolidationCell], { description: 'Contributions waiting for the roadmap, per theme and province (analysts).' })
  @Authorize(roadmapPolicy, 'roadmap:consolidate')
  consolidationSummary(): Promise<ConsolidationCell[]> {
    return this.service.summary();
  }

  @Query(() => ConsolidationSuggestions, { description: 'Similar contributions and action items, by trigram similarity (analysts).' })
  @Authorize(roadmapPolicy, 'roadmap:consolidate')
  consolidationSuggestions(@CurrentUser() actor: AuthUser, @Args() args: SuggestionsArgs): Promise<ConsolidationSuggestions> {
    return this.service.suggestions(actor, args);
  }
}

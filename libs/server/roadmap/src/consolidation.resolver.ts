import { Args, ArgsType, Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Authorize, CurrentUser, IsFreeText, type AuthUser } from '@ruta/server-core';
import { Contribution, ContributionConnection, ContributionsArgs } from '@ruta/server-contributions';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ActionItem } from './action-item.model.js';
import { ConsolidationService } from './consolidation.service.js';
import { roadmapPolicy } from './roadmap.policy.js';

@ObjectType('ConsolidationCell', { description: 'How many contributions of a theme and province are not on the roadmap yet.' })
class ConsolidationCell {
  @Field(() => ID)
  themeId: string;

  @Field()
  themeName: string;

  @Field()
  provinceCode: string;

  @Field()
  provinceName: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SimilarContribution')
class SimilarContribution {
  @Field(() => Contribution)
  contribution: Contribution;

  @Field(() => Float, { description: 'Trigram similarity, 0–1.' })
  similarity: number;
}

@ObjectType('SimilarActionItem')
class SimilarActionItem {
  @Field(() => ActionItem)
  actionItem: ActionItem;

  @Field(() => Float, { description: 'Trigram similarity, 0–1.' })
  similarity: number;
}

@ObjectType('ConsolidationSuggestions', { description: 'Contributions and action items that look alike (possible duplicates).' })
class ConsolidationSuggestions {
  @Field(() => [SimilarContribution])
  contributions: SimilarContribution[];

  @Field(() => [SimilarActionItem])
  actionItems: SimilarActionItem[];
}

@ArgsType()
class SuggestionsArgs {
  @Field(() => ID, { nullable: true, description: 'Compare with this contribution’s text…' })
  @IsOptional()
  @IsUUID()
  contributionId?: string | null;

  @Field(() => String, { nullable: true, description: '…or with this text.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @IsFreeText()
  text?: string | null;
}

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

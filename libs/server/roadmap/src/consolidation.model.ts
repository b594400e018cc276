import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Contribution } from '@ruta/server-contributions';
import { ActionItem } from './action-item.model.js';

@ObjectType('ConsolidationCell', { description: 'How many contributions of a theme and province are not on the roadmap yet.' })
export class ConsolidationCell {
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
export class SimilarContribution {
  @Field(() => Contribution)
  contribution: Contribution;

  @Field(() => Float, { description: 'Trigram similarity, 0–1.' })
  similarity: number;
}

@ObjectType('SimilarActionItem')
export class SimilarActionItem {
  @Field(() => ActionItem)
  actionItem: ActionItem;

  @Field(() => Float, { description: 'Trigram similarity, 0–1.' })
  similarity: number;
}

@ObjectType('ConsolidationSuggestions', { description: 'Contributions and action items that look alike (possible duplicates).' })
export class ConsolidationSuggestions {
  @Field(() => [SimilarContribution])
  contributions: SimilarContribution[];

  @Field(() => [SimilarActionItem])
  actionItems: SimilarActionItem[];
}

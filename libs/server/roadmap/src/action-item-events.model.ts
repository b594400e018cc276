import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionItem } from './action-item.model.js';

@ObjectType('ActionItemEvent', { description: 'An action item changed; as the subscriber may see it now.' })
export class ActionItemEvent {
  @Field(() => ID)
  actionItemId: string;

  @Field(() => ActionItem, { nullable: true, description: 'Null when the subscriber may no longer see it.' })
  actionItem: ActionItem | null;
}

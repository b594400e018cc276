import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Abilities } from '@ruta/server-core';
import { questionsPolicy } from './questions.policy.js';

@Resolver(() => Abilities)
export class QuestionsAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'Moderates the questions of some session (each session says whose).' })
  moderateQuestions(@Parent() { viewer }: Abilities): boolean {
    return questionsPolicy.can(viewer, 'question:moderate');
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RemovalChecks } from '@ruta/server-core';
import { QuestionEntity, QuestionVoteEntity } from './question.entity.js';
import { QuestionsResolver } from './questions.resolver.js';
import { QuestionsService } from './questions.service.js';
import { SessionModerationResolver } from './session-moderation.resolver.js';
import { QuestionsAbilitiesResolver } from './questions.abilities.js';
import { keepSessionsWithQuestions } from './questions-keep.js';

export const questionEntities = [QuestionEntity, QuestionVoteEntity];

@Module({
  imports: [TypeOrmModule.forFeature(questionEntities)],
  providers: [QuestionsAbilitiesResolver, QuestionsService, QuestionsResolver, SessionModerationResolver],
  exports: [QuestionsService],
})
export class QuestionsModule {
  constructor(removals: RemovalChecks) {
    keepSessionsWithQuestions(removals);
  }
}

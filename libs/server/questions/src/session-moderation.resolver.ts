import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, requestLoader, type AuthUser } from '@ruta/server-core';
import { PersonRef } from '@ruta/server-conversatorios';
import { AgendaSession } from '@ruta/server-events';
import { questionsPolicy } from './questions.policy.js';
import { QuestionsService } from './questions.service.js';

/** What the live questions add to an agenda session: who moderates it, and whether the reader may. */
@Resolver(() => AgendaSession)
export class SessionModerationResolver {
  constructor(private readonly questions: QuestionsService) {}

  @ResolveField(() => [PersonRef], {
    nullable: true,
    description:
      'The accounts that moderate its live questions; null for readers who may not see them (anonymous visitors, technicians, partners).',
  })
  async moderators(
    @Parent() session: AgendaSession,
    @CurrentUser() actor: AuthUser | null,
    @Context('req') request: object,
  ): Promise<PersonRef[] | null> {
    if (!questionsPolicy.can(actor, 'question:seeModerators')) return null;
    return this.loader(request).load(session.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the reader may approve, hide and answer its live questions.' })
  async canModerateQuestions(
    @Parent() session: AgendaSession,
    @CurrentUser() actor: AuthUser | null,
    @Context('req') request: object,
  ): Promise<boolean> {
    if (!questionsPolicy.can(actor, 'question:moderate')) return false;
    const moderators = await this.loader(request).load(session.id);
    return questionsPolicy.can(actor, 'question:moderate', { moderatorIds: moderators.map((moderator) => moderator.id) });
  }

  /** One statement per request for every session's moderators, whatever the agenda's size. */
  private loader(request: object) {
    return requestLoader<string, PersonRef[]>(request, 'agendaSession.moderators', (ids) => this.questions.moderatorsOf(ids));
  }
}

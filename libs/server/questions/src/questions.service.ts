import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QuestionStatus } from '@ruta/shared-domain';
import { AppError, DomainEvents, fieldError, groupInOrder, type AuthUser } from '@ruta/server-core';
import type { PersonRef } from '@ruta/server-conversatorios';
import { AgendaSessionEntity, AgendaSessionModeratorEntity } from '@ruta/server-events';
import type { DataSource, EntityManager } from 'typeorm';
import { QuestionEntity, QuestionVoteEntity } from './question.entity.js';
import type { SessionQuestion } from './question.model.js';
import { questionsPolicy, type QuestionSubject } from './questions.policy.js';

export const QUESTION_EVENTS = 'question-events';
export interface QuestionEventPayload {
  sessionId: string;
  questionId: string;
  /** The question's status after the change and who asked it: a pending question concerns only them and the session's moderators. */
  status: QuestionStatus;
  authorId: string;
}

declare module '@ruta/server-core' {
  interface DomainEventMap {
    [QUESTION_EVENTS]: QuestionEventPayload;
  }
}

/** Live questions of an agenda session: asked, upvoted, approved, hidden, answered. */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /**
   * The questions of a session the actor may see, most voted first: approved and answered ones for
   * everyone, their own pending ones, and all of them for those who moderate the session.
   */
  async list(actor: AuthUser, sessionId: string, questionId?: string): Promise<SessionQuestion[]> {
    const moderator = await this.mayModerate(actor, sessionId);
    const rows = (await this.dataSource.query(
      `SELECT q.id, q.session_id, q.body, q.status, q.created_at, q.author_id, u.display_name,
              count(v.user_id)::int AS votes, coalesce(bool_or(v.user_id = $2), false) AS voted
         FROM session_question q
         JOIN app_user u ON u.id = q.author_id
         LEFT JOIN session_question_vote v ON v.question_id = q.id
        WHERE q.session_id = $1 AND ($4::uuid IS NULL OR q.id = $4)
          AND ($3 OR q.status IN ('APPROVED', 'ANSWERED') OR (q.status = 'PENDING' AND q.author_id = $2))
        GROUP BY q.id, u.display_name
        ORDER BY (q.status = 'ANSWERED'), count(v.user_id) DESC, q.created_at ASC`,
      [sessionId, actor.id, moderator, questionId ?? null],
    )) as Array<{
      id: string;
      session_id: string;
      body: string;
      status: QuestionStatus;
      created_at: Date;
      author_id: string;
      display_name: string;
      votes: number;
      voted: boolean;
    }>;
    return rows.map((row) => ({
      id: row.id,
      sessionId: row.session_id,
      body: row.body,
      status: row.status,
      createdAt: row.created_at,
      author: { id: row.author_id, displayName: row.display_name },
      votes: row.votes,
      votedByMe: row.voted,
      mine: row.author_id === actor.id,
    }));
  }

  async ask(actor: AuthUser, sessionId: string, body: string): Promise<SessionQuestion> {
    if (!(await this.dataSource.getRepository(AgendaSessionEntity).existsBy({ id: sessionId })))
      throw AppError.badInput([fieldError('sessionId', 'unknownValue')]);
    const question = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(QuestionEntity).save({ sessionId, authorId: actor.id, body });
      await this.announce(manager, { ...saved, status: QuestionStatus.PENDING });
      return saved;
    });
    return this.visibleModel(actor, question);
  }

  async vote(actor: AuthUser, id: string, voted: boolean): Promise<SessionQuestion> {
    const question = await this.visible(actor, id);
    await this.dataSource.transaction(async (manager) => {
      const votes = manager.getRepository(QuestionVoteEntity);
      if (voted) await votes.createQueryBuilder().insert().values({ questionId: id, userId: actor.id }).orIgnore().execute();
      else await votes.delete({ questionId: id, userId: actor.id });
      await this.announce(manager, question);
    });
    return this.visibleModel(actor, question);
  }

  /** Approves, hides or marks answered: analysts and administrators anywhere, a moderator in the sessions they moderate. */
  async moderate(actor: AuthUser, id: string, status: QuestionStatus): Promise<SessionQuestion> {
    const question = await this.dataSource.getRepository(QuestionEntity).findOneBy({ id });
    if (!question) throw AppError.notFound();
    if (!(await this.mayModerate(actor, question.sessionId))) throw AppError.forbidden();
    if (status === QuestionStatus.PENDING) throw AppError.badInput([fieldError('status', 'invalid')]);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(QuestionEntity).update(id, { status, moderatedById: actor.id });
      await this.announce(manager, { ...question, status });
    });
    return this.visibleModel(actor, question);
  }

  /** Whether the actor may moderate this session's questions (the policy, with the session's moderators). */
  async mayModerate(actor: AuthUser | null, sessionId: string): Promise<boolean> {
    if (!questionsPolicy.can(actor, 'question:moderate')) return false;
    return questionsPolicy.can(actor, 'question:moderate', await this.subject(sessionId));
  }

  /** The moderating accounts of each session, by name, in the order of the ids asked for. */
  async moderatorsOf(sessionIds: readonly string[]): Promise<PersonRef[][]> {
    const rows = (await this.dataSource.query(
      `SELECT m.session_id, u.id, u.display_name
         FROM agenda_session_moderator m
         JOIN app_user u ON u.id = m.user_id
        WHERE m.session_id = ANY($1::uuid[])
        ORDER BY u.display_name, u.id`,
      [sessionIds],
    )) as Array<{ session_id: string; id: string; display_name: string }>;
    return groupInOrder(sessionIds, rows, (row) => row.session_id).map((group) =>
      group.map((row) => ({ id: row.id, displayName: row.display_name })),
    );
  }

  private async subject(sessionId: string): Promise<QuestionSubject> {
    const moderators = await this.dataSource
      .getRepository(AgendaSessionModeratorEntity)
      .find({ where: { sessionId }, select: { userId: true } });
    return { moderatorIds: moderators.map((moderator) => moderator.userId) };
  }

  private async visible(actor: AuthUser, id: string): Promise<QuestionEntity> {
    const question = await this.dataSource.getRepository(QuestionEntity).findOneBy({ id });
    if (!question || (await this.list(actor, question.sessionId, id)).length === 0) throw AppError.notFound();
    return question;
  }

  /** Records, in the change's transaction, that a question changed: the session's subscribers hear it after the commit. */
  /** The start of a question's text (to name it to its author), or null when it is gone. */
  async excerptOf(id: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(QuestionEntity).findOne({ where: { id }, select: { id: true, body: true } });
    return row ? (row.body.length > 120 ? `${row.body.slice(0, 119)}…` : row.body) : null;
  }

  private async announce(
    manager: EntityManager,
    question: Pick<QuestionEntity, 'id' | 'sessionId' | 'authorId' | 'status'>,
  ): Promise<void> {
    const { id, sessionId, authorId, status } = question;
    await this.events.record(manager, QUESTION_EVENTS, { sessionId, questionId: id, status, authorId });
  }

  /** The question as the actor now sees it. */
  private async visibleModel(actor: AuthUser, question: Pick<QuestionEntity, 'id' | 'sessionId'>): Promise<SessionQuestion> {
    const [visible] = await this.list(actor, question.sessionId, question.id);
    if (!visible) throw AppError.notFound();
    return visible;
  }
}

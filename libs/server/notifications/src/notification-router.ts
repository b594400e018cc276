import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QuestionStatus, Role } from '@ruta/shared-domain';
import { DomainEvents, JobQueue, type AuthUser, type DomainEventMap } from '@ruta/server-core';
import { COMMENT_THREAD_EVENTS, CommentsService, DocumentsService } from '@ruta/server-documents';
import { UsersService } from '@ruta/server-identity';
import { OrganizationsService } from '@ruta/server-organizations';
import { QUESTION_EVENTS, QuestionsService } from '@ruta/server-questions';
import { ActionItemsService, COMMITMENT_EVENTS, CommitmentsService, type CommitmentEventPayload } from '@ruta/server-roadmap';
import type { Job } from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { NotificationDraft, NotificationKind } from './notification-kinds.js';
import { NotificationsService } from './notifications.service.js';

export const ROUTE_QUEUE = 'notifications.route';

type Routed = typeof COMMITMENT_EVENTS | typeof COMMENT_THREAD_EVENTS | typeof QUESTION_EVENTS;
type RouteJob = { [T in Routed]: { eventId: string; type: T; payload: DomainEventMap[T] } }[Routed];

/**
 * Who is told what (docs/NOTIFICATIONS.md): each domain event of the routed types becomes a job,
 * worked once across instances. Recipients are decided by the same rules as reading — someone who
 * may not read the thing is not told of it — and never include whoever did it.
 */
@Injectable()
export class NotificationRouter implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly jobs: JobQueue,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly actionItems: ActionItemsService,
    private readonly commitments: CommitmentsService,
    private readonly documents: DocumentsService,
    private readonly comments: CommentsService,
    private readonly questions: QuestionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<RouteJob>({
      name: ROUTE_QUEUE,
      options: { retryLimit: 10, retryDelay: 2, retryBackoff: true, retryDelayMax: 300 },
      handle: (job) => this.route(job),
    });
    this.events.consume([COMMITMENT_EVENTS, COMMENT_THREAD_EVENTS, QUESTION_EVENTS], ROUTE_QUEUE);
  }

  /** One event: its drafts stored in one transaction (a retry stores nothing twice), then announced. */
  async route({ data }: Job<RouteJob>): Promise<void> {
    const drafts = await this.draftsFor(data);
    if (drafts.length === 0) return;
    const stored = await this.dataSource.transaction((manager) => this.notifications.store(manager, data.eventId, drafts));
    await this.notifications.announce(stored);
  }

  private draftsFor(job: RouteJob): Promise<NotificationDraft[]> {
    switch (job.type) {
      case COMMITMENT_EVENTS:
        return this.commitment(job.payload);
      case COMMENT_THREAD_EVENTS:
        return this.comment(job.payload);
      case QUESTION_EVENTS:
        return this.question(job.payload);
    }
  }

  /**
   * A commitment asked of a partner tells its organisation's people; an offer, and a partner's
   * review of a request, tell the analysts; CONGOPE's review of an offer tells the organisation.
   * Each recipient must see both the item and the commitment.
   */
  private async commitment(event: CommitmentEventPayload): Promise<NotificationDraft[]> {
    const plan: Partial<Record<CommitmentEventPayload['change'], { kind: NotificationKind; to: 'partner' | 'analysts' }>> = {
      requested: { kind: 'commitmentRequested', to: 'partner' },
      offered: { kind: 'commitmentOffered', to: 'analysts' },
      accepted: { kind: 'commitmentAccepted', to: event.direction === 'OFFER' ? 'partner' : 'analysts' },
      declined: { kind: 'commitmentDeclined', to: event.direction === 'OFFER' ? 'partner' : 'analysts' },
    };
    const step = plan[event.change];
    if (!step) return [];
    const candidates = await this.users.audience(
      step.to === 'partner' ? { roles: [Role.PARTNER], organizationId: event.organizationId } : { roles: [Role.ANALYST] },
    );
    const recipients: AuthUser[] = [];
    for (const person of candidates) {
      if (person.id === event.actorId) continue;
      const seesItem = (await this.actionItems.visibleIds(person, [event.actionItemId])).length > 0;
      const seesCommitment = seesItem && (await this.commitments.visibleIds(person, [event.commitmentId])).length > 0;
      if (seesCommitment) recipients.push(person);
    }
    if (recipients.length === 0) return [];
    const [item, organization, names] = await Promise.all([
      this.actionItems.get(recipients[0], event.actionItemId),
      this.organizations.get(event.organizationId),
      this.users.displayNames([event.actorId]),
    ]);
    const params = {
      actor: names.get(event.actorId) ?? '',
      organization: organization.shortName ?? organization.name,
      item: item.title,
      reason: event.comment ?? '—',
    };
    return recipients.map((person) => ({
      recipientId: person.id,
      kind: step.kind,
      actorId: event.actorId,
      params,
      link: `/hoja-de-ruta/${event.actionItemId}`,
    }));
  }

  /** A comment tells the people it mentions, and a reply the thread's earlier writers; each must be able to read the document. */
  private async comment(event: DomainEventMap[typeof COMMENT_THREAD_EVENTS]): Promise<NotificationDraft[]> {
    const comment = event.comment;
    if (!comment) return [];
    const writers = comment.reply ? await this.comments.writersOf(event.threadId) : [];
    const kinds = new Map<string, NotificationKind>();
    for (const id of writers) kinds.set(id, 'threadReply');
    for (const id of comment.mentionIds) kinds.set(id, 'mentioned');
    kinds.delete(comment.authorId);
    if (kinds.size === 0) return [];
    const people = await this.users.audience({ ids: [...kinds.keys()] });
    const names = await this.users.displayNames([comment.authorId]);
    const drafts: NotificationDraft[] = [];
    for (const person of people) {
      const document = await this.documents.get(person, event.documentId).catch(() => null);
      if (!document) continue;
      drafts.push({
        recipientId: person.id,
        kind: kinds.get(person.id)!,
        actorId: comment.authorId,
        params: { actor: names.get(comment.authorId) ?? '', document: document.title },
        link: `/documentos/${event.documentId}`,
      });
    }
    return drafts;
  }

  /** An answered question tells the person who asked it. */
  private async question(event: DomainEventMap[typeof QUESTION_EVENTS]): Promise<NotificationDraft[]> {
    if (event.status !== QuestionStatus.ANSWERED) return [];
    const [author] = await this.users.audience({ ids: [event.authorId] });
    const excerpt = author ? await this.questions.excerptOf(event.questionId) : null;
    if (!author || excerpt === null) return [];
    return [
      {
        recipientId: author.id,
        kind: 'questionAnswered',
        actorId: null,
        params: { question: excerpt },
        link: `/agenda#session-${event.sessionId}`,
      },
    ];
  }
}

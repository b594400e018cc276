import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommentThreadStatus, DocumentAccess } from '@ruta/shared-domain';
import { AppError, DomainEvents, fieldError, type AuthUser } from '@ruta/server-core';
import { UserEntity } from '@ruta/server-identity';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CommentEntity, CommentThreadEntity } from './document.entity.js';
import type { CommentThreadModel } from './document.model.js';
import { DocumentsService } from './documents.service.js';

export const COMMENT_THREAD_EVENTS = 'comment-thread-events';
export interface CommentThreadEventPayload {
  documentId: string;
  threadId: string;
  /** When a comment was written: by whom, whom it mentions, and whether it answers the thread. */
  comment?: { authorId: string; mentionIds: string[]; reply: boolean };
}

declare module '@ruta/server-core' {
  interface DomainEventMap {
    [COMMENT_THREAD_EVENTS]: CommentThreadEventPayload;
  }
}

const MAX_ANCHOR_BYTES = 512;

/** Comment threads anchored to passages: opened, replied to, resolved and reopened. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly events: DomainEvents,
  ) {}

  async list(actor: AuthUser, documentId: string, status?: CommentThreadStatus | null): Promise<CommentThreadModel[]> {
    await this.documents.authorize(actor, documentId, 'document:read');
    const query = this.dataSource
      .getRepository(CommentThreadEntity)
      .createQueryBuilder('thread')
      .innerJoinAndSelect('thread.createdBy', 'createdBy')
      .leftJoinAndSelect('thread.resolvedBy', 'resolvedBy')
      .where('thread.documentId = :documentId', { documentId })
      .orderBy('thread.createdAt', 'ASC');
    if (status) query.andWhere('thread.status = :status', { status });
    return this.toModels(await query.getMany());
  }

  async open(
    actor: AuthUser,
    input: { documentId: string; anchorStart: string; anchorEnd: string; quote: string; body: string; mentionIds: string[] },
  ): Promise<CommentThreadModel> {
    await this.documents.authorize(actor, input.documentId, 'document:comment');
    const anchorStart = decodeAnchor('anchorStart', input.anchorStart);
    const anchorEnd = decodeAnchor('anchorEnd', input.anchorEnd);
    const thread = await this.dataSource.transaction(async (manager) => {
      await this.checkMentions(manager, input.mentionIds);
      const { id } = await manager.save(
        manager.create(CommentThreadEntity, {
          documentId: input.documentId,
          anchorStart,
          anchorEnd,
          quote: input.quote,
          createdById: actor.id,
        }),
      );
      await manager.insert(CommentEntity, { threadId: id, authorId: actor.id, body: input.body, mentionIds: input.mentionIds });
      await this.announce(manager, input.documentId, id, { authorId: actor.id, mentionIds: input.mentionIds, reply: false });
      return id;
    });
    return this.read(thread);
  }

  async reply(actor: AuthUser, threadId: string, body: string, mentionIds: string[]): Promise<CommentThreadModel> {
    const thread = await this.thread(threadId);
    await this.documents.authorize(actor, thread.documentId, 'document:comment');
    await this.dataSource.transaction(async (manager) => {
      await this.checkMentions(manager, mentionIds);
      await manager.insert(CommentEntity, { threadId, authorId: actor.id, body, mentionIds });
      await manager.update(CommentThreadEntity, threadId, { updatedAt: new Date() });
      await this.announce(manager, thread.documentId, threadId, { authorId: actor.id, mentionIds, reply: true });
    });
    return this.read(threadId);
  }

  /** Resolves or reopens a thread: its author, or anyone who may edit the document. */
  async setStatus(actor: AuthUser, threadId: string, status: CommentThreadStatus): Promise<CommentThreadModel> {
    const thread = await this.thread(threadId);
    // One read of the document: commenting needs COMMENT, resolving others' threads needs EDIT.
    const { access } = await this.documents.accessOf(actor, thread.documentId);
    if (access === DocumentAccess.READ || (thread.createdById !== actor.id && access !== DocumentAccess.EDIT)) throw AppError.forbidden();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CommentThreadEntity, threadId, {
        status,
        resolvedById: status === CommentThreadStatus.RESOLVED ? actor.id : null,
        resolvedAt: status === CommentThreadStatus.RESOLVED ? new Date() : null,
      });
      await this.announce(manager, thread.documentId, threadId);
    });
    return this.read(threadId);
  }

  private async thread(threadId: string): Promise<CommentThreadEntity> {
    const thread = await this.dataSource.getRepository(CommentThreadEntity).findOneBy({ id: threadId });
    if (!thread) throw AppError.notFound();
    return thread;
  }

  /** Records, in the change's transaction, that a thread changed: the document's subscribers hear it after the commit. */
  /** The people who wrote in a thread. */
  async writersOf(threadId: string): Promise<string[]> {
    const rows = (await this.dataSource.query('SELECT DISTINCT author_id AS id FROM comment WHERE thread_id = $1', [threadId])) as Array<{
      id: string;
    }>;
    return rows.map((row) => row.id);
  }

  private async announce(
    manager: EntityManager,
    documentId: string,
    threadId: string,
    comment?: CommentThreadEventPayload['comment'],
  ): Promise<void> {
    await this.events.record(manager, COMMENT_THREAD_EVENTS, { documentId, threadId, ...(comment ? { comment } : {}) });
  }

  private async read(threadId: string): Promise<CommentThreadModel> {
    const row = await this.dataSource
      .getRepository(CommentThreadEntity)
      .findOneOrFail({ where: { id: threadId }, relations: { createdBy: true, resolvedBy: true } });
    return (await this.toModels([row]))[0];
  }

  private async checkMentions(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length > 0 && (await manager.countBy(UserEntity, { id: In(ids) })) !== ids.length) {
      throw AppError.badInput([fieldError('mentionIds', 'unknownValue')]);
    }
  }

  /** The threads with their comments and mentioned people: two more statements whatever the count. */
  private async toModels(threads: CommentThreadEntity[]): Promise<CommentThreadModel[]> {
    if (threads.length === 0) return [];
    const comments = await this.dataSource.getRepository(CommentEntity).find({
      where: { threadId: In(threads.map((thread) => thread.id)) },
      relations: { author: true },
      order: { createdAt: 'ASC' },
    });
    const mentioned = [...new Set(comments.flatMap((comment) => comment.mentionIds))];
    const people = mentioned.length ? await this.dataSource.getRepository(UserEntity).findBy({ id: In(mentioned) }) : [];
    const person = (user: { id: string; displayName: string }) => ({ id: user.id, displayName: user.displayName });
    return threads.map((thread) => ({
      id: thread.id,
      documentId: thread.documentId,
      anchorStart: Buffer.from(thread.anchorStart).toString('base64'),
      anchorEnd: Buffer.from(thread.anchorEnd).toString('base64'),
      quote: thread.quote,
      status: thread.status,
      createdBy: person(thread.createdBy),
      resolvedBy: thread.resolvedBy ? person(thread.resolvedBy) : null,
      resolvedAt: thread.resolvedAt,
      createdAt: thread.createdAt,
      comments: comments
        .filter((comment) => comment.threadId === thread.id)
        .map((comment) => ({
          id: comment.id,
          author: person(comment.author),
          body: comment.body,
          createdAt: comment.createdAt,
          mentions: people.filter((user) => comment.mentionIds.includes(user.id)).map(person),
        })),
    }));
  }
}

function decodeAnchor(field: string, value: string): Buffer {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_ANCHOR_BYTES || bytes.toString('base64') !== value) {
    throw AppError.badInput([fieldError(field, 'invalid')]);
  }
  return bytes;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, connection, decodeCursor, encodeCursor, fieldError, type AuthUser, type Connection } from '@ruta/server-core';
import { UsersService } from '@ruta/server-identity';
import { PubSubEngine } from 'graphql-subscriptions';
import type { DataSource, EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity.js';
import { renderNotification, type NotificationDraft } from './notification-kinds.js';
import type { Notification } from './notification.model.js';

export const NOTIFICATION_RECEIVED = 'notification-received';
export interface NotificationReceivedPayload {
  recipientId: string;
  notificationId: string;
}

/** A person's notifications: stored once per event, read and marked read by that person only. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pubSub: PubSubEngine,
    private readonly users: UsersService,
  ) {}

  /** The person's notifications, newest first, in their language. */
  async list(actor: AuthUser, first: number, after?: string | null, unreadOnly?: boolean | null): Promise<Connection<Notification>> {
    const base = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where('notification.recipientId = :me', { me: actor.id });
    if (unreadOnly) base.andWhere('notification.readAt IS NULL');
    const page = base
      .clone()
      .orderBy('notification.createdAt', 'DESC')
      .addOrderBy('notification.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const cursor = decodeCursor(after);
      page.andWhere('(notification.createdAt, notification.id) < (:cursorAt, :cursorId)', {
        cursorAt: cursor.sortKey,
        cursorId: cursor.id,
      });
    }
    const rows = await page.getMany();
    const language = await this.languageOf(actor.id);
    const nodes = rows.slice(0, first).map((row) => this.toModel(row, language));
    const last = nodes.at(-1);
    return connection(nodes, { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.createdAt, last.id) : null }, () =>
      base.clone().getCount(),
    );
  }

  async get(actor: AuthUser, id: string): Promise<Notification> {
    const row = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id, recipientId: actor.id });
    if (!row) throw AppError.notFound();
    return this.toModel(row, await this.languageOf(actor.id));
  }

  unreadCount(actor: AuthUser): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('notification')
      .where('notification.recipientId = :me AND notification.readAt IS NULL', { me: actor.id })
      .getCount();
  }

  /** Marks the person's own notifications read (none named: all); how many were unread. Another person's ids change nothing. */
  async markRead(actor: AuthUser, ids?: readonly string[] | null): Promise<number> {
    if (ids && ids.length === 0) throw AppError.badInput([fieldError('ids', 'required')]);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :me AND read_at IS NULL', { me: actor.id })
      .andWhere(ids ? 'id = ANY(:ids)' : 'TRUE', ids ? { ids } : {})
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Stores drafts in the caller's transaction, once per event, recipient and kind (a repeat adds
   * nothing); returns what was stored, to announce after the commit.
   */
  async store(manager: EntityManager, eventId: string, drafts: NotificationDraft[]): Promise<NotificationReceivedPayload[]> {
    const stored: NotificationReceivedPayload[] = [];
    for (const draft of drafts) {
      const rows = (await manager.query(
        `INSERT INTO notification (recipient_id, kind, actor_id, params, link, source_event_id) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT notification_once DO NOTHING RETURNING id`,
        [draft.recipientId, draft.kind, draft.actorId, JSON.stringify(draft.params), draft.link, eventId],
      )) as Array<{ id: string }>;
      if (rows[0]) stored.push({ recipientId: draft.recipientId, notificationId: rows[0].id });
    }
    return stored;
  }

  /** Tells the recipients' open sessions (after the commit). */
  async announce(received: NotificationReceivedPayload[]): Promise<void> {
    for (const payload of received) await this.pubSub.publish(NOTIFICATION_RECEIVED, payload);
  }

  private async languageOf(userId: string): Promise<'es' | 'en'> {
    const [person] = await this.users.audience({ ids: [userId] });
    return person?.language ?? 'es';
  }

  private toModel(row: NotificationEntity, language: 'es' | 'en'): Notification {
    const { title, body } = renderNotification(row.kind, row.params, language);
    return { id: row.id, kind: row.kind, title, body, link: row.link, createdAt: row.createdAt, readAt: row.readAt };
  }
}

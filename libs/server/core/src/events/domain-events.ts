import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSubEngine } from 'graphql-subscriptions';
import { PinoLogger } from 'nestjs-pino';
import { JobQueue } from '../jobs/job-queue.js';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { ACCESS_CHANGED, type AccessChanged } from '../auth/access-changed.js';

/**
 * Every domain event, by type, with its payload (JSON: ids and plain values). Core declares its
 * own; each feature adds its events where it defines them, by declaration merging:
 *
 * ```ts
 * declare module '@ruta/server-core' {
 *   interface DomainEventMap { 'action-item-events': ActionItemEventPayload }
 * }
 * ```
 */
export interface DomainEventMap {
  [ACCESS_CHANGED]: AccessChanged;
}

export type DomainEventType = keyof DomainEventMap & string;

/** The PostgreSQL channel a commit with new events notifies (NOTIFY is delivered only on commit). */
const CHANNEL = 'ruta_domain_event';
const BATCH = 200;
/** A safety net for a notification missed while the listening connection was being replaced. */
const POLL_MS = 5_000;
const RETENTION = '7 days';

/**
 * Domain events, once: a feature records what happened in the transaction of the change
 * (`record`); after the commit, a relay on every instance claims the undispatched rows
 * (`FOR UPDATE SKIP LOCKED`, so each event is dispatched by one instance) and publishes each on
 * the `PubSubEngine` under its type — over Redis when it is configured, so every instance's
 * subscribers and consumers hear it. Delivery is at least once, in order within an instance's
 * batch; consumers treat a repeat as harmless (they re-read the record the event names).
 */
@Injectable()
export class DomainEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private polls = 0;

  /** Durable consumers: event type → the queues that get a job for each event of that type. */
  private readonly consumers = new Map<string, string[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pubSub: PubSubEngine,
    private readonly jobs: JobQueue,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('DomainEvents');
    this.jobs.whenStarted(() => void this.dispatch());
  }

  /**
   * A durable consumer: every event of these types also becomes a job on `queue` (a defined
   * queue), enqueued in the transaction that dispatches the event — never lost, never for a
   * rolled-back change, worked once across instances. Subscriptions may miss an event; this may not.
   */
  consume(types: DomainEventType[], queue: string): void {
    for (const type of types) this.consumers.set(type, [...(this.consumers.get(type) ?? []), queue]);
  }

  /**
   * Records an event in the caller's transaction: it is dispatched if and only if that
   * transaction commits. Called outside a transaction it refuses, so no change can announce
   * itself apart from the change.
   */
  async record<T extends DomainEventType>(manager: EntityManager, type: T, payload: DomainEventMap[T]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error(`Domain event "${type}" recorded outside a transaction`);
    await manager.query(
      `WITH event AS (INSERT INTO "domain_event" ("type", "payload") VALUES ($1, $2) RETURNING "id") SELECT pg_notify($3, '') FROM event`,
      [type, JSON.stringify(payload), CHANNEL],
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
    this.dispatch();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.closeListener();
  }

  /** Dispatches what is waiting now; concurrent calls coalesce into one more pass. */
  dispatch(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        while (!this.stopped && (await this.dispatchBatch()) === BATCH);
      } catch (error) {
        // The database is away: the rows stay undispatched and the next notification or poll retries.
        this.logger.warn({ err: error }, 'Domain events could not be dispatched; retrying later');
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** Claims a batch, publishes each event, marks them dispatched — one transaction, so a crash re-dispatches. */
  private dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ id: string; type: string; payload: unknown }> = await manager.query(
        `SELECT "id", "type", "payload" FROM "domain_event" WHERE "dispatched_at" IS NULL ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      // Events with durable consumers wait for the job queue (it starts with the application).
      if (rows.some((row) => this.consumers.has(row.type)) && !this.jobs.running) return 0;
      for (const row of rows) {
        for (const queue of this.consumers.get(row.type) ?? []) {
          await this.jobs.send(queue, { eventId: row.id, type: row.type, payload: row.payload }, { manager });
        }
        await this.pubSub.publish(row.type, row.payload);
      }
      if (rows.length > 0)
        await manager.query(`UPDATE "domain_event" SET "dispatched_at" = now() WHERE "id" = ANY($1::bigint[])`, [
          rows.map((row) => row.id),
        ]);
      return rows.length;
    });
  }

  private async poll(): Promise<void> {
    if (!this.listener) await this.listen();
    await this.dispatch();
    if (++this.polls % 720 === 0) {
      // About hourly: dispatched events older than the retention go.
      await this.dataSource
        .query(`DELETE FROM "domain_event" WHERE "dispatched_at" < now() - interval '${RETENTION}'`)
        .catch((error: unknown) => this.logger.warn({ err: error }, 'Old domain events could not be removed'));
    }
  }

  /** A connection of its own that LISTENs: a commit with events wakes the relay at once. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const { url } = this.dataSource.options as { url?: string };
    const client = new pg.Client({ connectionString: url, application_name: 'ruta-domain-events' });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'The domain events listener lost its connection');
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => undefined);
    });
    client.on('notification', () => void this.dispatch());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listener = client;
    } catch (error) {
      this.logger.warn({ err: error }, 'The domain events listener could not connect; polling until it can');
      await client.end().catch(() => undefined);
    }
  }

  private async closeListener(): Promise<void> {
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }
}

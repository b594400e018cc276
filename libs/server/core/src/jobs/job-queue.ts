import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PinoLogger } from 'nestjs-pino';
import { PgBoss, type Db, type Job, type Queue } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';

/** The schema pg-boss keeps its tables in; created by a migration (`JobQueue1796301500000`). */
export const JOB_SCHEMA = 'ruta_jobs';

/** A queue's name and settings, declared by the feature that works it. */
export interface QueueDefinition<T extends object> {
  name: string;
  options?: Omit<Queue, 'name'>;
  /** Runs one job; a throw retries it with the queue's backoff. */
  handle(job: Job<T>): Promise<void>;
}

/** pg-boss inside a TypeORM transaction: the job exists if and only if the transaction commits. */
const inTransaction = (manager: EntityManager): Db => ({
  executeSql: async (text, values) => ({
    rows: ((await manager.queryRunner!.query(text, values as unknown[], true)) as { records?: unknown[] }).records ?? [],
  }),
});

/**
 * One job queue for the whole server: pg-boss on the application's PostgreSQL. Features declare
 * their queues (`define`) before the application starts; jobs are sent in the transaction of the
 * change that causes them, worked by one instance each, retried with backoff, and survive
 * restarts. Schedules (cron, in a time zone) run once across instances.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private boss: PgBoss | null = null;
  private readonly queues = new Map<string, QueueDefinition<object>>();
  private readonly schedules: Array<{ name: string; cron: string; timeZone: string }> = [];
  private readonly onStart: Array<() => void> = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    this.logger.setContext('JobQueue');
  }

  /** Declares a queue and the handler of its jobs (call it from a provider's constructor or `onModuleInit`). */
  define<T extends object>(definition: QueueDefinition<T>): void {
    if (this.boss) throw new Error(`Queue "${definition.name}" defined after the job queue started`);
    this.queues.set(definition.name, definition as QueueDefinition<object>);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  /** Called once the queue has started (work that waited for it resumes). */
  whenStarted(callback: () => void): void {
    this.onStart.push(callback);
  }

  /** A cron schedule (e.g. `0 7 * * *` in `America/Guayaquil`) that sends an empty job to a defined queue. */
  schedule(name: string, cron: string, timeZone: string): void {
    this.schedules.push({ name, cron, timeZone });
  }

  /**
   * Sends a job. With `manager` (a transaction's), the job is written in that transaction.
   * `singletonKey` + `singletonSeconds`: one job per key and time slot (bursts coalesce).
   */
  async send<T extends object>(
    name: string,
    data: T,
    options: { manager?: EntityManager; singletonKey?: string; singletonSeconds?: number; startAfter?: number } = {},
  ): Promise<string | null> {
    const { manager, ...rest } = options;
    if (manager && !manager.queryRunner?.isTransactionActive) throw new Error(`Job "${name}" sent with a manager outside a transaction`);
    return this.started().send(name, data, { ...rest, ...(manager ? { db: inTransaction(manager) } : {}) });
  }

  async onApplicationBootstrap(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    const boss = new PgBoss({ connectionString: url, schema: JOB_SCHEMA, migrate: false, max: 4, application_name: 'ruta-jobs' });
    boss.on('error', (error) => this.logger.warn({ err: error }, 'Job queue error'));
    await boss.start();
    for (const { name, options } of this.queues.values()) await boss.createQueue(name, options);
    for (const { name, handle } of this.queues.values()) {
      await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => handle(job));
    }
    for (const { name, cron, timeZone } of this.schedules) await boss.schedule(name, cron, null, { tz: timeZone });
    this.boss = boss;
    for (const callback of this.onStart) callback();
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, timeout: 10_000 });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue has not started');
    return this.boss;
  }
}

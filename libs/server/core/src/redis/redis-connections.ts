import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

/**
 * Connections to the Redis named by `REDIS_URL`, for the parts that fan out between instances
 * (GraphQL subscriptions, collaboration, access changes). Redis holds no state of its own here:
 * everything it carries is also in PostgreSQL. Without `REDIS_URL` nothing connects.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly clients = new Set<Redis>();
  private health: Redis | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.redis.url);
  }

  /** What this deployment's channels and keys start with. */
  get prefix(): string {
    return this.config.redis.prefix;
  }

  /** A new connection (a subscriber needs one of its own), closed with the application. */
  create(name: string): Redis {
    const url = this.config.redis.url;
    if (!url) throw new Error('REDIS_URL is not set');
    const client = new Redis(url, { connectionName: `ruta-${name}`, maxRetriesPerRequest: null });
    // ioredis reconnects by itself; an error event without a listener would crash the process.
    client.on('error', () => undefined);
    this.clients.add(client);
    client.once('end', () => this.clients.delete(client));
    return client;
  }

  /** Whether Redis answers (readiness), within a timeout. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    this.health ??= this.create('health');
    const answer = this.health.ping().then(
      (reply) => reply === 'PONG',
      () => false,
    );
    return Promise.race([answer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())]);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.clients].map((client) => client.quit().catch(() => client.disconnect())));
  }
}

@Global()
@Module({ providers: [RedisConnections], exports: [RedisConnections] })
export class RedisModule {}

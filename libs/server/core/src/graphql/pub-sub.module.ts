import { Global, Module } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisConnections } from '../redis/redis-connections.js';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Payloads cross Redis as JSON: instants come back as `Date`s, as the resolvers expect. */
export const reviveDates = (_key: string, value: unknown): unknown =>
  typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value;

/** Redis publish/subscribe on channels named `<prefix>:<trigger>`, so deployments sharing a Redis stay apart. */
class PrefixedRedisPubSub extends PubSubEngine {
  constructor(
    private readonly redis: RedisPubSub,
    private readonly prefix: string,
  ) {
    super();
  }

  publish(trigger: string, payload: unknown): Promise<void> {
    return this.redis.publish(`${this.prefix}:${trigger}`, payload);
  }

  subscribe(trigger: string, onMessage: (payload: never) => void, options: object): Promise<number> {
    return this.redis.subscribe(`${this.prefix}:${trigger}`, onMessage, options);
  }

  unsubscribe(id: number): void {
    this.redis.unsubscribe(id);
  }
}

/**
 * The event bus behind GraphQL subscriptions and access changes, injected as `PubSubEngine`: in
 * one process an in-memory PubSub; with `REDIS_URL`, Redis publish/subscribe, so an event raised
 * on one instance reaches the subscribers of every instance.
 */
@Global()
@Module({
  providers: [
    {
      provide: PubSubEngine,
      inject: [RedisConnections],
      useFactory: (redis: RedisConnections): PubSubEngine =>
        redis.enabled
          ? new PrefixedRedisPubSub(
              new RedisPubSub({ publisher: redis.create('publisher'), subscriber: redis.create('subscriber'), reviver: reviveDates }),
              redis.prefix,
            )
          : new PubSub(),
    },
  ],
  exports: [PubSubEngine],
})
export class PubSubModule {}

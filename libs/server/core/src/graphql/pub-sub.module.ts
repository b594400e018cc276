import { Global, Module } from '@nestjs/common';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';

/**
 * The event bus behind GraphQL subscriptions, injected as `PubSubEngine`. In one process an
 * in-memory PubSub; the scale-out work swaps in a Redis one when `REDIS_URL` is set.
 */
@Global()
@Module({
  providers: [{ provide: PubSubEngine, useFactory: () => new PubSub() }],
  exports: [PubSubEngine],
})
export class PubSubModule {}

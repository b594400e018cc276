import { Global, Module } from '@nestjs/common';
import { DomainEventEntity } from './domain-event.entity.js';
import { DomainEvents } from './domain-events.js';

export const domainEventEntities = [DomainEventEntity];

/** The outbox and its relay, for every feature (see `DomainEvents`). */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}

import { Authorize } from '@ruta/server-core';
import { Query, Resolver } from '@nestjs/graphql';
import { AgendaSession, Event, Theme } from './event.models.js';
import { EventsService } from './events.service.js';

/** The public programme: anyone, signed in or not, may read it. */
@Resolver()
@Authorize.public()
export class EventsResolver {
  constructor(private readonly events: EventsService) {}

  @Query(() => Event, { description: 'The forum: dates, daily windows, modality, organisers.' })
  event(): Promise<Event> {
    return this.events.getEvent();
  }

  @Query(() => [Theme], { description: 'The four themes, each with its keynote, panel and open dialogue.' })
  themes(): Promise<Theme[]> {
    return this.events.listThemes();
  }

  @Query(() => [AgendaSession], { description: 'Every session of the forum, in time order.' })
  agenda(): Promise<AgendaSession[]> {
    return this.events.listAgenda();
  }
}

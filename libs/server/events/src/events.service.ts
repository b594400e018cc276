import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppError } from '@ruta/server-core';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { AgendaSessionEntity } from './agenda-session.entity.js';
import { EventEntity } from './event.entity.js';
import type { AgendaSession, Event, Theme } from './event.models.js';
import { ThemeEntity } from './theme.entity.js';

const minutesBetween = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60_000);

function toAgendaSession(session: AgendaSessionEntity): AgendaSession {
  return {
    ...session,
    durationMinutes: minutesBetween(session.startsAt, session.endsAt),
    speakers: [...session.speakers].sort((a, b) => a.position - b.position),
  };
}

/** The forum's programme: the event, its themes and the agenda, each read in one query. */
@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(ThemeEntity) private readonly themes: Repository<ThemeEntity>,
    @InjectRepository(AgendaSessionEntity) private readonly sessions: Repository<AgendaSessionEntity>,
  ) {}

  /** The forum, with its days and organisations (organisers first). */
  async getEvent(): Promise<Event> {
    const event = await this.events
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.days', 'day')
      .leftJoinAndSelect('event.organizations', 'link')
      .leftJoinAndSelect('link.organization', 'organization')
      .leftJoinAndSelect('organization.province', 'province')
      .orderBy('event.startsOn', 'ASC')
      .addOrderBy('day.date', 'ASC')
      .addOrderBy('link.role', 'ASC')
      .addOrderBy('link.position', 'ASC')
      .getOne();
    if (!event) throw AppError.notFound();
    return event;
  }

  /** Themes in order, each with its sessions in time order. */
  async listThemes(): Promise<Theme[]> {
    const themes = await this.withSessionDetails(this.themes.createQueryBuilder('theme').leftJoinAndSelect('theme.sessions', 'session'))
      .orderBy('theme.position', 'ASC')
      .addOrderBy('session.startsAt', 'ASC')
      .getMany();
    return themes.map((theme) => ({
      ...theme,
      sessions: theme.sessions.map((session) => toAgendaSession({ ...session, theme })),
    }));
  }

  /** Every session of the forum in time order. */
  async listAgenda(): Promise<AgendaSession[]> {
    const sessions = await this.withSessionDetails(this.sessions.createQueryBuilder('session').leftJoinAndSelect('session.theme', 'theme'))
      .orderBy('session.startsAt', 'ASC')
      .getMany();
    return sessions.map(toAgendaSession);
  }

  private withSessionDetails<T extends object>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return query
      .leftJoinAndSelect('session.speakers', 'slot')
      .leftJoinAndSelect('slot.speaker', 'speaker')
      .leftJoinAndSelect('speaker.organization', 'speakerOrganization');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkAgenda, FORUM_TIME_ZONE, Role, type FieldError } from '@ruta/shared-domain';
import { AppError, fieldError, RemovalChecks } from '@ruta/server-core';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AgendaSessionModeratorEntity } from './agenda-session-moderator.entity.js';
import { AgendaSessionEntity, SessionSpeakerEntity, SpeakerEntity } from './agenda-session.entity.js';
import { EventEntity } from './event.entity.js';
import type { AgendaSession, Event, Speaker, Theme } from './event.models.js';
import { EventsService } from './events.service.js';
import { eventEnglish, sessionEnglish, themeEnglish } from './programme-english.js';
import type { AgendaSessionInput, EventEnglishInput, SessionSpeakerInput, SpeakerInput, ThemeInput } from './programme.inputs.js';
import { ThemeEntity } from './theme.entity.js';

declare module '@ruta/server-core' {
  interface RemovableMap {
    /** An agenda session, by id. */
    agendaSession: string;
    /** A speaking slot of a session, by id. */
    sessionSpeaker: string;
  }
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The roles whose accounts may moderate a session's live questions. */
const moderatingRoles = [Role.MODERATOR, Role.ANALYST, Role.ADMIN];

const time = (instant: Date) =>
  new Intl.DateTimeFormat('es-EC', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: FORUM_TIME_ZONE }).format(instant);

/**
 * Administrators keep the programme: themes, agenda sessions and speakers. Every session change is
 * checked against the same rules the seed obeys (inside a day's window, no overlap, ends after it
 * starts); the public agenda reads the same tables, so it follows at once.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly removals: RemovalChecks,
  ) {}

  async createTheme(input: ThemeInput): Promise<Theme> {
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await this.event(manager);
      const key = slug(input.name);
      if (await manager.existsBy(ThemeEntity, { eventId: event.id, key })) throw AppError.badInput([fieldError('name', 'nameTaken')]);
      const [{ next }] = (await manager.query('SELECT coalesce(max(position), -1) + 1 AS next FROM theme WHERE event_id = $1', [
        event.id,
      ])) as Array<{ next: number }>;
      return (await manager.save(manager.create(ThemeEntity, { eventId: event.id, key, position: next, ...this.themeFields(input) }))).id;
    });
    return this.theme(id);
  }

  async updateTheme(id: string, input: ThemeInput): Promise<Theme> {
    const result = await this.dataSource.getRepository(ThemeEntity).update(id, this.themeFields(input));
    if (!result.affected) throw AppError.notFound();
    return this.theme(id);
  }

  /** Replaces the event's English texts (a blank one: no translation). */
  async setEventEnglish(input: EventEnglishInput): Promise<Event> {
    const event = await this.event(this.dataSource.manager);
    await this.dataSource.getRepository(EventEntity).update(event.id, { english: eventEnglish(input) });
    return this.events.getEvent();
  }

  async createSession(input: AgendaSessionInput): Promise<AgendaSession> {
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await this.event(manager);
      await this.checkSession(manager, event, null, input);
      return (await manager.save(manager.create(AgendaSessionEntity, { eventId: event.id, ...this.sessionFields(input) }))).id;
    });
    return this.session(id);
  }

  async updateSession(id: string, input: AgendaSessionInput): Promise<AgendaSession> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.event(manager);
      if (!(await manager.existsBy(AgendaSessionEntity, { id }))) throw AppError.notFound();
      await this.checkSession(manager, event, id, input);
      await manager.update(AgendaSessionEntity, id, this.sessionFields(input));
    });
    return this.session(id);
  }

  /** Removes a session nothing is kept on (live questions, written ponencias: the features keeping them say, `RemovalChecks`). */
  async deleteSession(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AgendaSessionEntity, { id }))) throw AppError.notFound();
      const refusals = await this.removals.refusals('agendaSession', manager, [id]);
      if (refusals.length > 0) throw AppError.badInput(refusals.map((key) => fieldError('id', key)));
      await manager.delete(AgendaSessionEntity, id);
      return true;
    });
  }

  /** Adds a speaking slot at the end of a session; returns the session with its slots. */
  async addSessionSpeaker(sessionId: string, input: SessionSpeakerInput): Promise<AgendaSession> {
    await this.dataSource.transaction(async (manager) => {
      const session = await this.lockSession(manager, sessionId);
      await this.checkSlot(manager, session, null, input);
      const [{ next }] = (await manager.query('SELECT coalesce(max(position), -1) + 1 AS next FROM session_speaker WHERE session_id = $1', [
        sessionId,
      ])) as Array<{ next: number }>;
      await manager.save(manager.create(SessionSpeakerEntity, { sessionId, position: next, ...this.slotFields(input) }));
    });
    return this.session(sessionId);
  }

  /** Changes a slot: its part, its speaker (null: to be confirmed), its minutes and its links. */
  async updateSessionSpeaker(id: string, input: SessionSpeakerInput): Promise<AgendaSession> {
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const slot = await manager.findOne(SessionSpeakerEntity, { where: { id } });
      if (!slot) throw AppError.notFound();
      const session = await this.lockSession(manager, slot.sessionId);
      await this.checkSlot(manager, session, id, input);
      await manager.update(SessionSpeakerEntity, id, this.slotFields(input));
      return session.id;
    });
    return this.session(sessionId);
  }

  /** Removes a slot whose ponencia has not been written (a written one is part of the record). */
  async removeSessionSpeaker(id: string): Promise<AgendaSession> {
    const sessionId = await this.dataSource.transaction(async (manager) => {
      const slot = await manager.findOne(SessionSpeakerEntity, { where: { id } });
      if (!slot) throw AppError.notFound();
      await this.lockSession(manager, slot.sessionId);
      const refusals = await this.removals.refusals('sessionSpeaker', manager, [id]);
      if (refusals.length > 0) throw AppError.badInput(refusals.map((key) => fieldError('id', key)));
      await manager.delete(SessionSpeakerEntity, id);
      return slot.sessionId;
    });
    return this.session(sessionId);
  }

  /**
   * Makes exactly these accounts the session's moderators (an empty list: none). Each must have
   * the moderator, analyst or administrator role; otherwise nothing changes.
   */
  async setSessionModerators(sessionId: string, userIds: string[]): Promise<AgendaSession> {
    const ids = [...new Set(userIds)];
    await this.dataSource.transaction(async (manager) => {
      await this.lockSession(manager, sessionId);
      const eligible = ids.length > 0 ? await manager.countBy(UserEntity, { id: In(ids), role: In(moderatingRoles) }) : 0;
      if (eligible !== ids.length) throw AppError.badInput([fieldError('userIds', 'sessionModeratorRole')]);
      await manager.delete(AgendaSessionModeratorEntity, { sessionId });
      const rows = ids.map((userId) => ({ sessionId, userId }));
      if (rows.length > 0) await manager.insert(AgendaSessionModeratorEntity, rows);
    });
    return this.session(sessionId);
  }

  async createSpeaker(input: SpeakerInput): Promise<Speaker> {
    await this.checkOrganization(input.organizationId);
    const { id } = await this.dataSource.getRepository(SpeakerEntity).save(this.speakerFields(input));
    return this.speaker(id);
  }

  async updateSpeaker(id: string, input: SpeakerInput): Promise<Speaker> {
    await this.checkOrganization(input.organizationId);
    const result = await this.dataSource.getRepository(SpeakerEntity).update(id, this.speakerFields(input));
    if (!result.affected) throw AppError.notFound();
    return this.speaker(id);
  }

  async speakers(): Promise<Speaker[]> {
    return this.dataSource.getRepository(SpeakerEntity).find({ relations: { organization: { province: true } }, order: { name: 'ASC' } });
  }

  /** The agenda rules, with one message per problem, on the agenda as it would be after the change. */
  private async checkSession(manager: EntityManager, event: EventEntity, id: string | null, input: AgendaSessionInput): Promise<void> {
    const errors: FieldError[] = [];
    if (input.themeId && !(await manager.existsBy(ThemeEntity, { id: input.themeId, eventId: event.id })))
      errors.push(fieldError('themeId', 'unknownValue'));
    const others = (await manager.find(AgendaSessionEntity, { where: { eventId: event.id } })).filter((session) => session.id !== id);
    const candidate = { id: id ?? 'new', title: input.title, startsAt: input.startsAt, endsAt: input.endsAt };
    const days = event.days.map((day) => ({ date: day.date, opensAt: day.opensAt, closesAt: day.closesAt }));
    for (const problem of checkAgenda(days, [...others, candidate]).filter(
      (found) => found.sessionId === candidate.id || ('otherSessionId' in found && found.otherSessionId === candidate.id),
    )) {
      if (problem.kind === 'ENDS_BEFORE_START') errors.push(fieldError('endsAt', 'endsBeforeStart'));
      if (problem.kind === 'OUTSIDE_DAY_WINDOW') {
        const windows = days.map((day) => `${day.date} ${time(day.opensAt)}–${time(day.closesAt)}`).join('; ');
        errors.push(fieldError('startsAt', 'outsideDayWindow', { windows }));
      }
      if (problem.kind === 'OVERLAP') {
        const otherId = problem.sessionId === candidate.id ? problem.otherSessionId : problem.sessionId;
        const other = others.find((session) => session.id === otherId);
        errors.push(fieldError('startsAt', 'overlapsSession', { title: other?.title ?? '' }));
      }
    }
    if (id) {
      const minutes = Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000);
      const total = await this.slotMinutes(manager, id, null);
      if (minutes > 0 && total > minutes) errors.push(fieldError('endsAt', 'slotsExceedSession', { total, minutes }));
    }
    if (errors.length > 0) throw AppError.badInput(errors);
  }

  /** A slot's speaker must exist, and the session's slots must fit in it. */
  private async checkSlot(manager: EntityManager, session: AgendaSessionEntity, id: string | null, input: SessionSpeakerInput) {
    const errors: FieldError[] = [];
    if (input.speakerId && !(await manager.existsBy(SpeakerEntity, { id: input.speakerId })))
      errors.push(fieldError('speakerId', 'unknownValue'));
    const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    const total = (await this.slotMinutes(manager, session.id, id)) + (input.durationMinutes ?? 0);
    if (total > minutes) errors.push(fieldError('durationMinutes', 'slotsExceedSession', { total, minutes }));
    if (errors.length > 0) throw AppError.badInput(errors);
  }

  /** Minutes taken by a session's slots, leaving one out (the one being changed). */
  private async slotMinutes(manager: EntityManager, sessionId: string, exceptId: string | null): Promise<number> {
    const [{ total }] = (await manager.query(
      'SELECT coalesce(sum(duration_minutes), 0)::int AS total FROM session_speaker WHERE session_id = $1 AND id IS DISTINCT FROM $2',
      [sessionId, exceptId],
    )) as Array<{ total: number }>;
    return total;
  }

  /** The session, locked so that slot changes of one session happen one at a time. */
  private async lockSession(manager: EntityManager, id: string): Promise<AgendaSessionEntity> {
    const session = await manager.findOne(AgendaSessionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!session) throw AppError.notFound();
    return session;
  }

  private slotFields(input: SessionSpeakerInput) {
    return {
      role: input.role,
      speakerId: input.speakerId ?? null,
      durationMinutes: input.durationMinutes ?? null,
      slidesUrl: input.slidesUrl || null,
      recordingUrl: input.recordingUrl || null,
    };
  }

  private sessionFields(input: AgendaSessionInput) {
    return {
      kind: input.kind,
      themeId: input.themeId ?? null,
      title: input.title,
      description: input.description,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      // Left out, the English texts stay as they are.
      ...(input.english && { english: sessionEnglish(input.english) }),
    };
  }

  private themeFields(input: ThemeInput) {
    return { name: input.name, description: input.description, ...(input.english && { english: themeEnglish(input.english) }) };
  }

  private speakerFields(input: SpeakerInput) {
    return { name: input.name, jobTitle: input.jobTitle ?? null, organizationId: input.organizationId ?? null, bio: input.bio };
  }

  private async checkOrganization(organizationId: string | null | undefined): Promise<void> {
    if (organizationId && !(await this.dataSource.manager.existsBy(OrganizationEntity, { id: organizationId })))
      throw AppError.badInput([fieldError('organizationId', 'unknownValue')]);
  }

  private async event(manager: EntityManager): Promise<EventEntity> {
    const event = await manager.findOne(EventEntity, { where: {}, relations: { days: true }, order: { startsOn: 'ASC' } });
    if (!event) throw AppError.notFound();
    return event;
  }

  private async theme(id: string): Promise<Theme> {
    const theme = (await this.events.listThemes()).find((candidate) => candidate.id === id);
    if (!theme) throw AppError.notFound();
    return theme;
  }

  private async session(id: string): Promise<AgendaSession> {
    const session = (await this.events.listAgenda()).find((candidate) => candidate.id === id);
    if (!session) throw AppError.notFound();
    return session;
  }

  private async speaker(id: string): Promise<Speaker> {
    const speaker = (await this.speakers()).find((candidate) => candidate.id === id);
    if (!speaker) throw AppError.notFound();
    return speaker;
  }
}

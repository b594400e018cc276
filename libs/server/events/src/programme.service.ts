import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkAgenda, FORUM_TIME_ZONE, type FieldError } from '@ruta/shared-domain';
import { AppError, fieldError } from '@ruta/server-core';
import { OrganizationEntity } from '@ruta/server-organizations';
import type { DataSource, EntityManager } from 'typeorm';
import { AgendaSessionEntity, SpeakerEntity } from './agenda-session.entity.js';
import { EventEntity } from './event.entity.js';
import type { AgendaSession, Speaker, Theme } from './event.models.js';
import { EventsService } from './events.service.js';
import type { AgendaSessionInput, SpeakerInput, ThemeInput } from './programme.inputs.js';
import { ThemeEntity } from './theme.entity.js';

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

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
  ) {}

  async createTheme(input: ThemeInput): Promise<Theme> {
    const id = await this.dataSource.transaction(async (manager) => {
      const event = await this.event(manager);
      const key = slug(input.name);
      if (await manager.existsBy(ThemeEntity, { eventId: event.id, key })) throw AppError.badInput([fieldError('name', 'nameTaken')]);
      const [{ next }] = (await manager.query('SELECT coalesce(max(position), -1) + 1 AS next FROM theme WHERE event_id = $1', [
        event.id,
      ])) as Array<{ next: number }>;
      return (
        await manager.save(
          manager.create(ThemeEntity, { eventId: event.id, key, name: input.name, description: input.description, position: next }),
        )
      ).id;
    });
    return this.theme(id);
  }

  async updateTheme(id: string, input: ThemeInput): Promise<Theme> {
    const result = await this.dataSource.getRepository(ThemeEntity).update(id, { name: input.name, description: input.description });
    if (!result.affected) throw AppError.notFound();
    return this.theme(id);
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

  /** Removes a session that has had no live questions (those are part of the forum's record). */
  async deleteSession(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(AgendaSessionEntity, { id }))) throw AppError.notFound();
      const [{ questions }] = (await manager.query('SELECT count(*)::int AS questions FROM session_question WHERE session_id = $1', [
        id,
      ])) as Array<{
        questions: number;
      }>;
      if (questions > 0) throw AppError.badInput([fieldError('id', 'sessionHasQuestions')]);
      await manager.delete(AgendaSessionEntity, id);
      return true;
    });
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
    if (errors.length > 0) throw AppError.badInput(errors);
  }

  private sessionFields(input: AgendaSessionInput) {
    return {
      kind: input.kind,
      themeId: input.themeId ?? null,
      title: input.title,
      description: input.description,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
    };
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

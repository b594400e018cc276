import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authorize, IdArgs } from '@ruta/server-core';
import { AgendaSession, Event, Speaker, Theme } from './event.models.js';
import { AgendaSessionInput, EventEnglishInput, SessionSpeakerInput, SpeakerInput, ThemeInput } from './programme.inputs.js';
import { programmePolicy } from './programme.policy.js';
import { ProgrammeService } from './programme.service.js';
import { SessionIdArgs, SessionModeratorsArgs } from './programme.args.js';

/** Keeping the programme (administrators). */
@Resolver()
export class ProgrammeResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @Query(() => [Speaker], { description: 'Every speaker, by name.' })
  @Authorize.public()
  speakers(): Promise<Speaker[]> {
    return this.programme.speakers();
  }

  @Mutation(() => Event, { description: 'Replaces the English versions of the event’s texts; returns the event.' })
  @Authorize(programmePolicy, 'programme:manage')
  setEventEnglish(@Args('input') input: EventEnglishInput): Promise<Event> {
    return this.programme.setEventEnglish(input);
  }

  @Mutation(() => Theme)
  @Authorize(programmePolicy, 'programme:manage')
  createTheme(@Args('input') input: ThemeInput): Promise<Theme> {
    return this.programme.createTheme(input);
  }

  @Mutation(() => Theme)
  @Authorize(programmePolicy, 'programme:manage')
  updateTheme(@Args() { id }: IdArgs, @Args('input') input: ThemeInput): Promise<Theme> {
    return this.programme.updateTheme(id, input);
  }

  @Mutation(() => AgendaSession, { description: 'Adds a session; it must fit a day’s window and overlap no other.' })
  @Authorize(programmePolicy, 'programme:manage')
  createAgendaSession(@Args('input') input: AgendaSessionInput): Promise<AgendaSession> {
    return this.programme.createSession(input);
  }

  @Mutation(() => AgendaSession, { description: 'Changes a session, under the same rules.' })
  @Authorize(programmePolicy, 'programme:manage')
  updateAgendaSession(@Args() { id }: IdArgs, @Args('input') input: AgendaSessionInput): Promise<AgendaSession> {
    return this.programme.updateSession(id, input);
  }

  @Mutation(() => Boolean)
  @Authorize(programmePolicy, 'programme:manage')
  deleteAgendaSession(@Args() { id }: IdArgs): Promise<boolean> {
    return this.programme.deleteSession(id);
  }

  @Mutation(() => AgendaSession, { description: 'Adds a speaking slot at the end of a session; its slots must fit in it.' })
  @Authorize(programmePolicy, 'programme:manage')
  addSessionSpeaker(@Args() { sessionId }: SessionIdArgs, @Args('input') input: SessionSpeakerInput): Promise<AgendaSession> {
    return this.programme.addSessionSpeaker(sessionId, input);
  }

  @Mutation(() => AgendaSession, { description: 'Changes a speaking slot (`id` is the slot’s); returns its session.' })
  @Authorize(programmePolicy, 'programme:manage')
  updateSessionSpeaker(@Args() { id }: IdArgs, @Args('input') input: SessionSpeakerInput): Promise<AgendaSession> {
    return this.programme.updateSessionSpeaker(id, input);
  }

  @Mutation(() => AgendaSession, { description: 'Removes a speaking slot whose ponencia is not written; returns its session.' })
  @Authorize(programmePolicy, 'programme:manage')
  removeSessionSpeaker(@Args() { id }: IdArgs): Promise<AgendaSession> {
    return this.programme.removeSessionSpeaker(id);
  }

  @Mutation(() => AgendaSession, {
    description:
      'Sets the accounts that moderate a session’s live questions (moderators, analysts or administrators); returns the session.',
  })
  @Authorize(programmePolicy, 'programme:manage')
  setSessionModerators(@Args() { sessionId, userIds }: SessionModeratorsArgs): Promise<AgendaSession> {
    return this.programme.setSessionModerators(sessionId, userIds);
  }

  @Mutation(() => Speaker)
  @Authorize(programmePolicy, 'programme:manage')
  createSpeaker(@Args('input') input: SpeakerInput): Promise<Speaker> {
    return this.programme.createSpeaker(input);
  }

  @Mutation(() => Speaker)
  @Authorize(programmePolicy, 'programme:manage')
  updateSpeaker(@Args() { id }: IdArgs, @Args('input') input: SpeakerInput): Promise<Speaker> {
    return this.programme.updateSpeaker(id, input);
  }
}

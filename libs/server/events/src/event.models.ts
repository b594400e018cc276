import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgendaSessionKind, SpeakerRole } from '@ruta/shared-domain';
import { Organization } from '@ruta/server-organizations';
import { EventOrganizationRole } from './event.entity.js';

registerEnumType(AgendaSessionKind, { name: 'AgendaSessionKind' });
registerEnumType(SpeakerRole, { name: 'SpeakerRole' });
registerEnumType(EventOrganizationRole, { name: 'EventOrganizationRole' });

@ObjectType('EventDay', { description: 'A day of the forum and the window its sessions fit in.' })
export class EventDay {
  @Field({ description: 'Calendar date, YYYY-MM-DD.' })
  date: string;

  @Field(() => Date)
  opensAt: Date;

  @Field(() => Date)
  closesAt: Date;
}

@ObjectType('EventOrganization')
export class EventOrganization {
  @Field(() => EventOrganizationRole)
  role: EventOrganizationRole;

  @Field(() => Organization)
  organization: Organization;
}

const untranslated = 'Null while it has no English version (show the Spanish, marked as Spanish).';

@ObjectType('EventEnglish', { description: 'The event’s texts in English, kept by administrators. ' + untranslated })
export class EventEnglish {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  subtitle?: string | null;

  @Field(() => String, { nullable: true })
  presentation?: string | null;

  @Field(() => [String], { nullable: true })
  objectives?: string[] | null;

  @Field(() => [String], { nullable: true })
  specificObjectives?: string[] | null;

  @Field(() => String, { nullable: true })
  methodology?: string | null;

  @Field(() => [String], { nullable: true })
  audience?: string[] | null;
}

@ObjectType('ThemeEnglish', { description: 'A theme’s texts in English. ' + untranslated })
export class ThemeEnglish {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType('AgendaSessionEnglish', { description: 'A session’s texts in English. ' + untranslated })
export class AgendaSessionEnglish {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType('Event')
export class Event {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  subtitle: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startsOn: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  endsOn: string;

  @Field({ description: 'IANA time zone of the forum.' })
  timeZone: string;

  @Field({ description: 'E.g. "Virtual".' })
  modality: string;

  @Field(() => String, { nullable: true, description: 'E.g. "Zoom".' })
  platform: string | null;

  @Field(() => Date, { nullable: true, description: 'Start of the opening ceremony.' })
  openingAt: Date | null;

  @Field(() => [EventDay])
  days: EventDay[];

  @Field(() => [EventOrganization], { description: 'Organisers first, then partners.' })
  organizations: EventOrganization[];

  @Field()
  presentation: string;

  @Field(() => [String])
  objectives: string[];

  @Field(() => [String])
  specificObjectives: string[];

  @Field()
  methodology: string;

  @Field(() => [String])
  audience: string[];

  @Field(() => EventEnglish, { description: 'The texts above in English, where an administrator has written them.' })
  english: EventEnglish;
}

@ObjectType('Speaker')
export class Speaker {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;

  @Field(() => Organization, { nullable: true })
  organization: Organization | null;

  @Field()
  bio: string;
}

@ObjectType('SessionSpeaker', { description: 'A speaking slot; `speaker` is null while the person is to be confirmed.' })
export class SessionSpeaker {
  @Field(() => ID)
  id: string;

  @Field(() => SpeakerRole)
  role: SpeakerRole;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field(() => Speaker, { nullable: true })
  speaker: Speaker | null;

  @Field(() => String, { nullable: true, description: 'Where the slides can be seen.' })
  slidesUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Where the recording can be watched.' })
  recordingUrl: string | null;
}

@ObjectType('ThemeRef', { description: 'A theme as seen from one of its sessions.' })
export class ThemeRef {
  @Field(() => ID)
  id: string;

  @Field()
  key: string;

  @Field()
  name: string;

  @Field(() => ThemeEnglish)
  english: ThemeEnglish;

  @Field(() => Int)
  position: number;
}

@ObjectType('AgendaSession')
export class AgendaSession {
  @Field(() => ID)
  id: string;

  @Field(() => AgendaSessionKind)
  kind: AgendaSessionKind;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => AgendaSessionEnglish)
  english: AgendaSessionEnglish;

  @Field(() => ThemeRef, { nullable: true, description: 'Null for the opening and closing.' })
  theme: ThemeRef | null;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => [SessionSpeaker])
  speakers: SessionSpeaker[];
}

@ObjectType('Theme')
export class Theme {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable slug, e.g. cooperacion-descentralizada.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => ThemeEnglish)
  english: ThemeEnglish;

  @Field(() => Int)
  position: number;

  @Field(() => [AgendaSession], { description: 'Keynote, panel and open dialogue, in time order.' })
  sessions: AgendaSession[];
}

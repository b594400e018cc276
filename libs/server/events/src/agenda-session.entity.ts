import { AgendaSessionKind, SpeakerRole } from '@ruta/shared-domain';
import { OrganizationEntity } from '@ruta/server-organizations';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { EventEntity } from './event.entity.js';
import { ThemeEntity } from './theme.entity.js';

/** A session's English texts; a missing or null field has no translation (see `EventEnglishTexts`). */
export interface AgendaSessionEnglishTexts {
  title?: string | null;
  description?: string | null;
}

/** A session of the agenda: opening, keynote, panel, open dialogue or closing. */
@Entity('agenda_session')
@Check('agenda_session_ends_after_start', '"ends_at" > "starts_at"')
@Index(['eventId', 'startsAt'])
export class AgendaSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @Column({ type: 'uuid', nullable: true })
  themeId: string | null;

  @ManyToOne(() => ThemeEntity, (theme) => theme.sessions, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme: Relation<ThemeEntity> | null;

  @Column({ type: 'enum', enum: AgendaSessionKind, enumName: 'agenda_session_kind' })
  kind: AgendaSessionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  english: AgendaSessionEnglishTexts;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @OneToMany(() => SessionSpeakerEntity, (speaker) => speaker.session)
  speakers: Relation<SessionSpeakerEntity>[];
}

/** A person who speaks at the forum. */
@Entity('speaker')
export class SpeakerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Their position, e.g. "Directora de Cooperación Internacional". */
  @Column({ type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity> | null;

  @Column({ type: 'text', default: '' })
  bio: string;
}

/**
 * A speaking slot in a session. The speaker stays empty until confirmed ("por confirmar"):
 * the agenda never invents a name the concept note does not give.
 */
@Entity('session_speaker')
@Index(['sessionId', 'position'], { unique: true })
export class SessionSpeakerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AgendaSessionEntity, (session) => session.speakers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<AgendaSessionEntity>;

  @Column({ type: 'enum', enum: SpeakerRole, enumName: 'speaker_role' })
  role: SpeakerRole;

  @Column({ type: 'smallint' })
  position: number;

  /** Minutes of this intervention, e.g. 10 for each panelist. */
  @Column({ type: 'smallint', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne(() => SpeakerEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'speaker_id' })
  speaker: Relation<SpeakerEntity> | null;

  /** Where the talk's slides can be seen (http or https). */
  @Column({ type: 'text', nullable: true })
  slidesUrl: string | null;

  /** Where the talk's recording can be watched (http or https). */
  @Column({ type: 'text', nullable: true })
  recordingUrl: string | null;
}

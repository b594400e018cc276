import { OrganizationEntity } from '@ruta/server-organizations';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

/**
 * The English versions of the event's texts, kept by administrators. A missing or null field has
 * no translation: the web shows the Spanish, marked `lang="es"`. A key set to null means an
 * administrator left it untranslated (the seed fills only keys never set).
 */
export interface EventEnglishTexts {
  name?: string | null;
  subtitle?: string | null;
  presentation?: string | null;
  objectives?: string[] | null;
  specificObjectives?: string[] | null;
  methodology?: string | null;
  audience?: string[] | null;
}

/** The forum: its dates, daily windows, modality and the concept note's framing texts. */
@Entity('event')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  subtitle: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: 'America/Guayaquil' })
  timeZone: string;

  @Column({ type: 'text' })
  modality: string;

  @Column({ type: 'text', nullable: true })
  platform: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  openingAt: Date | null;

  @Column({ type: 'text' })
  presentation: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  objectives: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  specificObjectives: string[];

  @Column({ type: 'text' })
  methodology: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  audience: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  english: EventEnglishTexts;

  @OneToMany(() => EventDayEntity, (day) => day.event)
  days: Relation<EventDayEntity>[];

  @OneToMany(() => EventOrganizationEntity, (link) => link.event)
  organizations: Relation<EventOrganizationEntity>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One day of the forum and the window its sessions must fit in. */
@Entity('event_day')
export class EventDayEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'date' })
  date: string;

  @ManyToOne(() => EventEntity, (event) => event.days, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;
}

export const EventOrganizationRole = { ORGANIZER: 'ORGANIZER', PARTNER: 'PARTNER' } as const;
export type EventOrganizationRole = (typeof EventOrganizationRole)[keyof typeof EventOrganizationRole];

/** An organisation that organises or partners the forum. */
@Entity('event_organization')
export class EventOrganizationEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => EventEntity, (event) => event.organizations, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Column({ type: 'enum', enum: EventOrganizationRole, enumName: 'event_organization_role' })
  role: EventOrganizationRole;

  @Column({ type: 'smallint' })
  position: number;
}

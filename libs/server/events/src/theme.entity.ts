import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { AgendaSessionEntity } from './agenda-session.entity.js';
import { EventEntity } from './event.entity.js';

/** A theme's English texts; a missing or null field has no translation (see `EventEnglishTexts`). */
export interface ThemeEnglishTexts {
  name?: string | null;
  description?: string | null;
}

/** One of the forum's themes (ejes temáticos). */
@Entity('theme')
@Unique(['eventId', 'key'])
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;

  /** A stable slug, e.g. `cooperacion-descentralizada`. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  english: ThemeEnglishTexts;

  @Column({ type: 'smallint' })
  position: number;

  @OneToMany(() => AgendaSessionEntity, (session) => session.theme)
  sessions: Relation<AgendaSessionEntity>[];
}

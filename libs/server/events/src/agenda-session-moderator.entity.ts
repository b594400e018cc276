import { UserEntity } from '@ruta/server-identity';
import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AgendaSessionEntity } from './agenda-session.entity.js';

/** An account that moderates a session's live questions (set by administrators in the programme). */
@Entity('agenda_session_moderator')
export class AgendaSessionModeratorEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => AgendaSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<AgendaSessionEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;
}

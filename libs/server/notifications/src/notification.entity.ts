import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { UserEntity } from '@ruta/server-identity';

/**
 * One thing a person is told. Stored as facts (kind, parameters, link), rendered in the person's
 * language when read. One per event, recipient and kind: a retried job adds nothing twice.
 */
@Entity('notification')
@Unique('notification_once', ['sourceEventId', 'recipientId', 'kind'])
@Index('notification_inbox', ['recipientId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient: Relation<UserEntity>;

  /** E.g. `commitmentRequested`, `mentioned`, `questionAnswered` (`NotificationKind`). */
  @Column({ type: 'text' })
  kind: string;

  /** Who did it (null for the system). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** What the texts name: titles, names, a reason. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string>;

  /** Where the web shows the thing (a path of the app). */
  @Column({ type: 'text' })
  link: string;

  /** The domain event it came from. */
  @Column({ type: 'bigint' })
  sourceEventId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

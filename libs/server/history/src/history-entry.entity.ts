import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to a record: who, when, what, and each changed field before and after. */
@Entity('history_entry')
@Index(['entityType', 'entityId', 'at'])
export class HistoryEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** E.g. `contribution`, `action_item`, `commitment`. */
  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** E.g. `created`, `updated`, `hidden`, `restored`. */
  @Column({ type: 'text' })
  action: string;

  /** `{ field: { before, after } }` for an update; the whole record for a creation. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The outbox: one row per domain event, inserted in the transaction of the change it announces
 * and dispatched after that transaction commits. A rolled-back change leaves no row; a committed
 * one leaves a row that some instance dispatches, even if the one that wrote it stops first.
 */
@Entity('domain_event')
@Index('domain_event_undispatched', ['id'], { where: '"dispatched_at" IS NULL' })
export class DomainEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** A key of `DomainEventMap`, e.g. `contribution-events`. */
  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}

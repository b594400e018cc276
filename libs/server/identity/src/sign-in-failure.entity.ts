import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed sign-in, kept for throttling per account and per address (and as an audit trail). */
@Entity('sign_in_failure')
@Index(['email', 'createdAt'])
@Index(['ip', 'createdAt'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** As typed, lower-cased: unknown addresses are throttled exactly like known ones. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

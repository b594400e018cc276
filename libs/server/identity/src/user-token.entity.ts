import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity.js';

export const UserTokenKind = { INVITATION: 'INVITATION', PASSWORD_RESET: 'PASSWORD_RESET' } as const;
export type UserTokenKind = (typeof UserTokenKind)[keyof typeof UserTokenKind];

/** A one-time link to set a password: an invitation or a reset, valid 72 hours. */
@Entity('user_token')
@Index(['userId'])
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'enum', enum: UserTokenKind, enumName: 'user_token_kind' })
  kind: UserTokenKind;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

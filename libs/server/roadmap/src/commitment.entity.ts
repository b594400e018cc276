import { CommitmentDirection, CommitmentKind, CommitmentStatus } from '@ruta/shared-domain';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CooperationModalityEntity } from '@ruta/server-reference';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { ActionItemEntity, numericAsNumber } from './action-item.entity.js';

/** Support asked of, or offered by, a partner organisation on an action item. */
@Entity('commitment')
@Index(['organizationId', 'status'])
@Index(['actionItemId'])
@Check('commitment_amount_currency', '("amount" IS NULL) = ("currency" IS NULL)')
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  actionItemId: string;

  @ManyToOne(() => ActionItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'action_item_id' })
  actionItem: Relation<ActionItemEntity>;

  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity>;

  @Column({ type: 'enum', enum: CommitmentKind, enumName: 'commitment_kind' })
  kind: CommitmentKind;

  @Column({ type: 'enum', enum: CommitmentDirection, enumName: 'commitment_direction' })
  direction: CommitmentDirection;

  /** The cooperation modality (bilateral, Sur-Sur, triangular…), when it is known. */
  @Column({ type: 'text', nullable: true })
  modalityKey: string | null;

  @ManyToOne(() => CooperationModalityEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'modality_key' })
  modality: Relation<CooperationModalityEntity> | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericAsNumber })
  amount: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  @Column({ type: 'enum', enum: CommitmentStatus, enumName: 'commitment_status', default: CommitmentStatus.PROPOSED })
  status: CommitmentStatus;

  /** The reviewer's reason for accepting or declining. */
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by_id' })
  reviewedBy: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity>;

  @VersionColumn()
  version: number;

  // Keyset cursors carry this instant: stored to the millisecond, what a Date holds, it round-trips exactly.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

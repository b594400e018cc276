import { ActionItemStatus, Priority } from '@ruta/shared-domain';
import { ContributionEntity } from '@ruta/server-contributions';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { OrganizationEntity } from '@ruta/server-organizations';
import { CompetencyEntity, ProvinceEntity } from '@ruta/server-reference';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
  type ValueTransformer,
} from 'typeorm';

/** An indicator of an action item: what is measured, where it started, where it should get to, where it is. */
export interface Indicator {
  name: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
}

/** PostgreSQL returns NUMERIC as text (exactness); money here fits a JavaScript number. */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A priority action of the hoja de ruta, for a lead province and possibly co-responsible ones. */
@Entity('action_item')
@Index(['leadProvinceCode', 'status'])
@Index(['themeId', 'status'])
@Index(['mergedIntoId'])
// GIN indexes (full text, and trigrams of the title for similarity), created by hand in the migration.
@Index('action_item_search_idx', { synchronize: false })
@Index('action_item_title_trgm_idx', { synchronize: false })
@Index('action_item_description_trgm_idx', { synchronize: false })
@Check('action_item_progress_range', '"progress" BETWEEN 0 AND 100')
export class ActionItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'uuid' })
  themeId: string;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme: Relation<ThemeEntity>;

  @Column({ type: 'text', nullable: true })
  competencyKey: string | null;

  @ManyToOne(() => CompetencyEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_key' })
  competency: Relation<CompetencyEntity> | null;

  @Column({ type: 'char', length: 2 })
  leadProvinceCode: string;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_province_code' })
  leadProvince: Relation<ProvinceEntity>;

  /** Provinces sharing responsibility with the lead one. */
  @ManyToMany(() => ProvinceEntity)
  @JoinTable({
    name: 'action_item_co_province',
    joinColumn: { name: 'action_item_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'province_code', referencedColumnName: 'code' },
  })
  coProvinces: Relation<ProvinceEntity[]>;

  @Column({ type: 'uuid', nullable: true })
  responsibleOrganizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organization_id' })
  responsibleOrganization: Relation<OrganizationEntity> | null;

  /** The CONGOPE person who follows the item. */
  @Column({ type: 'uuid', nullable: true })
  focalPointId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'focal_point_id' })
  focalPoint: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority: Priority;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'enum', enum: ActionItemStatus, enumName: 'action_item_status', default: ActionItemStatus.PROPOSED })
  status: ActionItemStatus;

  /**
   * When it was first agreed (set by a trigger whenever the status moves past PROPOSED): from then
   * on it is part of the roadmap everyone signed in reads, whatever becomes of it. Null for a
   * proposal, and for one cancelled or merged away before being agreed — those stay private.
   */
  @Column({ type: 'timestamptz', nullable: true, update: false, insert: false })
  agreedAt: Date | null;

  /** Why it is blocked or cancelled. */
  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  indicators: Indicator[];

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numericAsNumber })
  budgetUsd: number | null;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgNumbers: number[];

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id' })
  proposedBy: Relation<UserEntity>;

  /** Set when this item was merged into another: the one that absorbed it. */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => ActionItemEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto: Relation<ActionItemEntity> | null;

  /** Accent-insensitive Spanish full text of title and description, kept by PostgreSQL. */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `to_tsvector('ruta_spanish'::regconfig, title || ' ' || description)`,
  })
  searchVector: string;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A contribution an action item came from. */
@Entity('action_item_source')
@Index(['contributionId'])
export class ActionItemSourceEntity {
  @PrimaryColumn({ type: 'uuid' })
  actionItemId: string;

  @PrimaryColumn({ type: 'uuid' })
  contributionId: string;

  @ManyToOne(() => ActionItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_item_id' })
  actionItem: Relation<ActionItemEntity>;

  @ManyToOne(() => ContributionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contribution_id' })
  contribution: Relation<ContributionEntity>;

  @Column({ type: 'uuid' })
  linkedById: string;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;
}

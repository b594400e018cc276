import { ContributionType } from '@ruta/shared-domain';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { UserEntity } from '@ruta/server-identity';
import { ProvinceEntity } from '@ruta/server-reference';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';

/** Something a province brought to a conversatorio: an idea, a proposal, an agreement, a need… */
@Entity('contribution')
@Index(['conversatorioId', 'createdAt'])
@Index(['provinceCode', 'createdAt'])
// GIN indexes over the search vector and the body's trigrams (similarity), created by hand in the
// migrations (TypeORM cannot say USING GIN).
@Index('contribution_search_idx', { synchronize: false })
@Index('contribution_body_trgm_idx', { synchronize: false })
export class ContributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conversatorioId: string;

  @ManyToOne(() => ConversatorioEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conversatorio_id' })
  conversatorio: Relation<ConversatorioEntity>;

  @Column({ type: 'char', length: 2 })
  provinceCode: string;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province: Relation<ProvinceEntity>;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  @Column({ type: 'enum', enum: ContributionType, enumName: 'contribution_type' })
  type: ContributionType;

  @Column({ type: 'text' })
  body: string;

  /** COOTAD competency keys (checked against the reference data by the service). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  competencyKeys: string[];

  /** SDG numbers, 1–17. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgNumbers: number[];

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Column({ type: 'text', nullable: true })
  hiddenReason: string | null;

  /** Accent-insensitive Spanish full text (the `ruta_spanish` configuration), kept by PostgreSQL. */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `to_tsvector('ruta_spanish'::regconfig, body)`,
  })
  searchVector: string;

  @VersionColumn()
  version: number;

  // Keyset cursors carry this instant: stored to the millisecond, what a Date holds, it round-trips exactly.
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One person's endorsement of a contribution (at most one each). */
@Entity('contribution_endorsement')
export class ContributionEndorsementEntity {
  @PrimaryColumn({ type: 'uuid' })
  contributionId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => ContributionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution: Relation<ContributionEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

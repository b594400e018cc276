import { UserEntity } from '@ruta/server-identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

export const MemoriaScopeKind = { FORUM: 'FORUM', THEME: 'THEME', PROVINCE: 'PROVINCE' } as const;
export type MemoriaScopeKind = (typeof MemoriaScopeKind)[keyof typeof MemoriaScopeKind];

export const MemoriaJobStatus = { QUEUED: 'QUEUED', RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED' } as const;
export type MemoriaJobStatus = (typeof MemoriaJobStatus)[keyof typeof MemoriaJobStatus];

/** What a memoria covers and in which language. */
abstract class MemoriaScoped {
  @Column({ type: 'enum', enum: MemoriaScopeKind, enumName: 'memoria_scope_kind' })
  scopeKind: MemoriaScopeKind;

  @Column({ type: 'uuid', nullable: true })
  themeId: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  provinceCode: string | null;

  @Column({ type: 'char', length: 2 })
  language: 'es' | 'en';

  @Column({ type: 'text' })
  scopeLabel: string;

  // The rendered formats are read only when downloaded or published (a large memoria's HTML is
  // megabytes; a job's progress is polled).
  @Column({ type: 'text', default: '', select: false })
  html: string;

  @Column({ type: 'text', default: '', select: false })
  markdown: string;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf: Buffer | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  docx: Buffer | null;
}

/** A generation of the memoria (a draft): runs in the background, with visible progress. */
@Entity('memoria_job')
@Index(['createdAt'])
export class MemoriaJobEntity extends MemoriaScoped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: MemoriaJobStatus, enumName: 'memoria_job_status', default: MemoriaJobStatus.QUEUED })
  status: MemoriaJobStatus;

  /** 0–100. */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'uuid' })
  requestedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/** A published memoria: frozen, numbered, downloadable by anyone. */
@Entity('memoria_version')
@Index(['number'], { unique: true })
export class MemoriaVersionEntity extends MemoriaScoped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 1, 2, 3… across all published memorias. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'uuid' })
  jobId: string;

  @ManyToOne(() => MemoriaJobEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_id' })
  job: Relation<MemoriaJobEntity>;

  @Column({ type: 'uuid' })
  publishedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy: Relation<UserEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}

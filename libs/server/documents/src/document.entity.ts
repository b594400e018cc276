import { CommentThreadStatus, DocumentKind } from '@ruta/shared-domain';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { SessionSpeakerEntity, ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

/**
 * A collaborative document. Its content is a Yjs document: `state` holds the compacted state,
 * `document_update` the updates received since (each stored before the client is told it is
 * saved). The html, markdown and text renderings are kept current for search and exports.
 */
@Entity('document')
@Index(['conversatorioId'], { unique: true, where: 'conversatorio_id IS NOT NULL' })
@Index(['kind', 'themeId'], { unique: true, where: `kind IN ('ROADMAP_THEME', 'ROADMAP_NATIONAL')` })
@Index(['sessionSpeakerId'], { unique: true, where: 'session_speaker_id IS NOT NULL' })
// GIN index over the search vector, created by hand in the migration.
@Index('document_search_idx', { synchronize: false })
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  title: string;

  /** Set for an outcome document: its conversatorio. */
  @Column({ type: 'uuid', nullable: true })
  conversatorioId: string | null;

  @ManyToOne(() => ConversatorioEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'conversatorio_id' })
  conversatorio: Relation<ConversatorioEntity> | null;

  /** Set for a ponencia: the talk (speaking slot) it summarises. Goes with the slot. */
  @Column({ type: 'uuid', nullable: true })
  sessionSpeakerId: string | null;

  @ManyToOne(() => SessionSpeakerEntity, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_speaker_id' })
  sessionSpeaker: Relation<SessionSpeakerEntity> | null;

  /** Set for an outcome document (its conversatorio's theme) and a theme's roadmap document. */
  @Column({ type: 'uuid', nullable: true })
  themeId: string | null;

  @ManyToOne(() => ThemeEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme: Relation<ThemeEntity> | null;

  /** The compacted Yjs state (an update encoding the whole document). */
  @Column({ type: 'bytea', nullable: true, select: false })
  state: Buffer | null;

  @Column({ type: 'text', default: '' })
  html: string;

  @Column({ type: 'text', default: '' })
  markdown: string;

  @Column({ type: 'text', default: '' })
  plainText: string;

  /** Accent-insensitive Spanish full text of the title and content, kept by PostgreSQL. */
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `to_tsvector('ruta_spanish'::regconfig, title || ' ' || plain_text)`,
  })
  searchVector: string;

  /** When the content last changed (stored), and by whom last. */
  @Column({ type: 'timestamptz', nullable: true })
  contentUpdatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A Yjs update received for a document and not yet folded into its state. */
@Entity('document_update')
@Index(['documentId', 'seq'])
export class DocumentUpdateEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<DocumentEntity>;

  @Column({ type: 'bytea' })
  update: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}

/** A saved version of a document: taken automatically during activity, or on demand with a name. */
@Entity('document_snapshot')
@Index(['documentId', 'createdAt'])
export class DocumentSnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<DocumentEntity>;

  /** Null for an automatic snapshot. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'bytea', select: false })
  state: Buffer;

  @Column({ type: 'text', default: '' })
  html: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A comment thread anchored to a passage. The anchor is a pair of Yjs relative positions, so it
 * follows the passage through everyone's edits without writing into the document (commenters may
 * not edit).
 */
@Entity('comment_thread')
@Index(['documentId', 'status'])
export class CommentThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document: Relation<DocumentEntity>;

  /** Encoded Yjs relative positions of the passage's start and end (base64 in the API). */
  @Column({ type: 'bytea' })
  anchorStart: Buffer;

  @Column({ type: 'bytea' })
  anchorEnd: Buffer;

  /** The passage as it read when the thread was opened. */
  @Column({ type: 'text' })
  quote: string;

  @Column({ type: 'enum', enum: CommentThreadStatus, enumName: 'comment_thread_status', default: CommentThreadStatus.OPEN })
  status: CommentThreadStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity>;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy: Relation<UserEntity> | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One message of a thread, possibly mentioning people. */
@Entity('comment')
@Index(['threadId', 'createdAt'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => CommentThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread: Relation<CommentThreadEntity>;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  @Column({ type: 'text' })
  body: string;

  /** People mentioned (their ids). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

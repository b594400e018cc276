import { QuestionStatus } from '@ruta/shared-domain';
import { AgendaSessionEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
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
  type Relation,
} from 'typeorm';

/** A question asked during an agenda session (keynote, panel, open dialogue). */
@Entity('session_question')
@Index(['sessionId', 'createdAt'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AgendaSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<AgendaSessionEntity>;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'enum', enum: QuestionStatus, enumName: 'question_status', default: QuestionStatus.PENDING })
  status: QuestionStatus;

  @Column({ type: 'uuid', nullable: true })
  moderatedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One person's upvote of a question. */
@Entity('session_question_vote')
export class QuestionVoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question: Relation<QuestionEntity>;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;
}

import { UserEntity } from '@ruta/server-identity';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';

/** A person's named set of roadmap list filters and sorting. */
@Entity('saved_view')
@Unique(['userId', 'name'])
export class SavedViewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  name: string;

  /** The list's URL query (filters and sort), e.g. `estado=AGREED&orden=dueDate`. */
  @Column({ type: 'text' })
  query: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

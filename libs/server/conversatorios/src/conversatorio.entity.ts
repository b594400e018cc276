import { ConversatorioStatus } from '@ruta/shared-domain';
import { ThemeEntity } from '@ruta/server-events';
import { UserEntity } from '@ruta/server-identity';
import { ProvinceEntity } from '@ruta/server-reference';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';

/** A working discussion of one theme between CONGOPE, provincial teams and experts. */
@Entity('conversatorio')
@Check('conversatorio_ends_after_start', '"ends_at" > "starts_at"')
export class ConversatorioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  themeId: string;

  @ManyToOne(() => ThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'theme_id' })
  theme: Relation<ThemeEntity>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  purpose: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'uuid', nullable: true })
  moderatorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'moderator_id' })
  moderator: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: ConversatorioStatus, enumName: 'conversatorio_status', default: ConversatorioStatus.PLANNED })
  status: ConversatorioStatus;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById: string | null;

  @ManyToMany(() => ProvinceEntity)
  @JoinTable({
    name: 'conversatorio_province',
    joinColumn: { name: 'conversatorio_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'province_code', referencedColumnName: 'code' },
  })
  provinces: Relation<ProvinceEntity>[];

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

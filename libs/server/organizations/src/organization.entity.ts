import { OrganizationKind } from '@ruta/shared-domain';
import { ProvinceEntity } from '@ruta/server-reference';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';

/** An organisation taking part in the forum: a GAD provincial, CONGOPE, a ministry, a partner… */
@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', nullable: true })
  shortName: string | null;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  /** Set for a GAD provincial: the province it governs. */
  @Column({ type: 'char', length: 2, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => ProvinceEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province: Relation<ProvinceEntity> | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

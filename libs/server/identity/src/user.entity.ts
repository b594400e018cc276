import { Role } from '@ruta/shared-domain';
import { OrganizationEntity } from '@ruta/server-organizations';
import { ProvinceEntity } from '@ruta/server-reference';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

/** A person who signs in, with one role and, for technicians and partners, a scope. */
@Entity('app_user')
@Check('app_user_technician_has_province', `"role" <> 'TECHNICIAN' OR "province_code" IS NOT NULL`)
@Check('app_user_partner_has_organization', `"role" <> 'PARTNER' OR "organization_id" IS NOT NULL`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'char', length: 2, nullable: true })
  provinceCode: string | null;

  @ManyToOne(() => ProvinceEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province: Relation<ProvinceEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization: Relation<OrganizationEntity> | null;

  /** argon2id; null until the person sets a password through their invitation. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** The language the person is written to in (notifications, mail). */
  @Column({ type: 'char', length: 2, default: 'es' })
  language: 'es' | 'en';

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

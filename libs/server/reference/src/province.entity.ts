import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of Ecuador's 24 provinces, keyed by its two-digit INEC (DPA) code. */
@Entity('province')
export class ProvinceEntity {
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text' })
  capital: string;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'boolean' })
  hasPrefectura: boolean;
}

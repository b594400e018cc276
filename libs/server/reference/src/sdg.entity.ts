import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Sustainable Development Goal (ODS), 1 to 17. */
@Entity('sdg')
export class SdgEntity {
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Column({ type: 'text' })
  name: string;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A modality of international cooperation a partner may offer. */
@Entity('cooperation_modality')
export class CooperationModalityEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint' })
  position: number;
}

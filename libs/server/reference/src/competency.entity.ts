import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An exclusive competency of the provincial governments (Constitución art. 263, COOTAD art. 42). */
@Entity('competency')
export class CompetencyEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  legalBasis: string;

  @Column({ type: 'smallint' })
  position: number;
}

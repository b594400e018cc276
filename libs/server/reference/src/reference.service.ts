import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CompetencyEntity } from './competency.entity.js';
import { CooperationModalityEntity } from './cooperation-modality.entity.js';
import { ProvinceEntity } from './province.entity.js';
import { SdgEntity } from './sdg.entity.js';

/**
 * Read access to the reference data: provinces, competencies, SDGs and cooperation modalities.
 * Competencies and SDGs are written only by the seed before the server starts serving, so each
 * process reads them once, before it serves, and every request shares that read. (Read lazily, the
 * first read could come from inside a transaction: ten concurrent writes holding the pool's ten
 * connections would each wait for an eleventh to read the competencies, until the pool timed out.)
 */
@Injectable()
export class ReferenceService implements OnApplicationBootstrap {
  private competencyList: Promise<CompetencyEntity[]> | null = null;
  private sdgList: Promise<SdgEntity[]> | null = null;

  constructor(
    @InjectRepository(ProvinceEntity) private readonly provinces: Repository<ProvinceEntity>,
    @InjectRepository(CompetencyEntity) private readonly competencies: Repository<CompetencyEntity>,
    @InjectRepository(SdgEntity) private readonly sdgs: Repository<SdgEntity>,
    @InjectRepository(CooperationModalityEntity) private readonly modalities: Repository<CooperationModalityEntity>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await Promise.all([this.listCompetencies(), this.listSdgs()]);
  }

  /** All 24 provinces in INEC code order. */
  listProvinces(): Promise<ProvinceEntity[]> {
    return this.provinces.find({ order: { code: 'ASC' } });
  }

  findProvince(code: string): Promise<ProvinceEntity | null> {
    return this.provinces.findOneBy({ code });
  }

  /** The competencies in legal order. */
  listCompetencies(): Promise<CompetencyEntity[]> {
    return (this.competencyList ??= this.readOnce(
      () => this.competencies.find({ order: { position: 'ASC' } }),
      () => (this.competencyList = null),
    ));
  }

  /** The 17 SDGs in order. */
  listSdgs(): Promise<SdgEntity[]> {
    return (this.sdgList ??= this.readOnce(
      () => this.sdgs.find({ order: { number: 'ASC' } }),
      () => (this.sdgList = null),
    ));
  }

  listCooperationModalities(): Promise<CooperationModalityEntity[]> {
    return this.modalities.find({ order: { position: 'ASC' } });
  }

  /** A read kept for the process; a failed read is forgotten so the next request tries again. */
  private readOnce<T>(read: () => Promise<T>, forget: () => void): Promise<T> {
    return read().catch((error: unknown) => {
      forget();
      throw error;
    });
  }
}

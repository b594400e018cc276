import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CompetencyEntity } from './competency.entity.js';
import { CooperationModalityEntity } from './cooperation-modality.entity.js';
import { ProvinceEntity } from './province.entity.js';
import { SdgEntity } from './sdg.entity.js';

/** Read access to the reference data: provinces, competencies, SDGs and cooperation modalities. */
@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(ProvinceEntity) private readonly provinces: Repository<ProvinceEntity>,
    @InjectRepository(CompetencyEntity) private readonly competencies: Repository<CompetencyEntity>,
    @InjectRepository(SdgEntity) private readonly sdgs: Repository<SdgEntity>,
    @InjectRepository(CooperationModalityEntity) private readonly modalities: Repository<CooperationModalityEntity>,
  ) {}

  /** All 24 provinces in INEC code order. */
  listProvinces(): Promise<ProvinceEntity[]> {
    return this.provinces.find({ order: { code: 'ASC' } });
  }

  findProvince(code: string): Promise<ProvinceEntity | null> {
    return this.provinces.findOneBy({ code });
  }

  listCompetencies(): Promise<CompetencyEntity[]> {
    return this.competencies.find({ order: { position: 'ASC' } });
  }

  listSdgs(): Promise<SdgEntity[]> {
    return this.sdgs.find({ order: { number: 'ASC' } });
  }

  listCooperationModalities(): Promise<CooperationModalityEntity[]> {
    return this.modalities.find({ order: { position: 'ASC' } });
  }
}

import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { CompetencyEntity, CooperationModalityEntity, ProvinceEntity, SdgEntity } from '@ruta/server-reference';

interface ReferenceFile {
  provinces: Array<{ code: string; name: string; capital: string; region: string; hasPrefectura: boolean }>;
  competencies: Array<{ key: string; name: string; legalBasis: string }>;
  cooperationModalities: Array<{ key: string; name: string }>;
  sdgs: Array<{ number: number; name: string }>;
}

export const referenceData: ReferenceFile = JSON.parse(
  readFileSync(new URL('./data/ecuador-reference.json', import.meta.url), 'utf8'),
) as ReferenceFile;

/** Inserts or refreshes the reference data; safe to run on every start. */
export async function upsertReferenceData(manager: EntityManager): Promise<void> {
  await manager.upsert(ProvinceEntity, referenceData.provinces, ['code']);
  await manager.upsert(
    CompetencyEntity,
    referenceData.competencies.map((competency, position) => ({ ...competency, position })),
    ['key'],
  );
  await manager.upsert(
    CooperationModalityEntity,
    referenceData.cooperationModalities.map((modality, position) => ({ ...modality, position })),
    ['key'],
  );
  await manager.upsert(SdgEntity, referenceData.sdgs, ['number']);
}

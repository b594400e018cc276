import { OrganizationKind } from '@ruta/shared-domain';
import { OrganizationEntity } from '@ruta/server-organizations';
import type { EntityManager } from 'typeorm';
import { referenceData } from './reference-data.js';
import { seedId } from './seed-id.js';

interface SeedOrganization {
  key: string;
  name: string;
  shortName: string | null;
  kind: OrganizationKind;
  provinceCode?: string;
}

/** The forum's organisers, as the concept note names them. */
export const organizerKeys = ['congope', 'cifal-unitar', 'mremh'] as const;

const organizers: SeedOrganization[] = [
  {
    key: 'congope',
    name: 'Consorcio de Gobiernos Autónomos Provinciales del Ecuador',
    shortName: 'CONGOPE',
    kind: OrganizationKind.CONGOPE,
  },
  { key: 'cifal-unitar', name: 'CIFAL/UNITAR Ecuador', shortName: 'CIFAL Ecuador', kind: OrganizationKind.INTERNATIONAL_NETWORK },
  { key: 'mremh', name: 'Ministerio de Relaciones Exteriores y Movilidad Humana', shortName: 'MREMH', kind: OrganizationKind.MINISTRY },
];

/** Typical partners of provincial cooperation (shared reference data, section 3). */
const partners: SeedOrganization[] = [
  {
    key: 'aecid',
    name: 'Agencia Española de Cooperación Internacional para el Desarrollo',
    shortName: 'AECID',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  {
    key: 'giz',
    name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
    shortName: 'GIZ',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  { key: 'kfw', name: 'KfW Banco de Desarrollo', shortName: 'KfW', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'jica', name: 'Agencia de Cooperación Internacional del Japón', shortName: 'JICA', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'koica', name: 'Agencia de Cooperación Internacional de Corea', shortName: 'KOICA', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'ue', name: 'Delegación de la Unión Europea en Ecuador', shortName: 'UE', kind: OrganizationKind.COOPERATION_AGENCY },
  {
    key: 'euroclima',
    name: 'EUROCLIMA (programa UE–América Latina y el Caribe)',
    shortName: 'EUROCLIMA',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  { key: 'afd', name: 'Agencia Francesa de Desarrollo', shortName: 'AFD', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'pnud', name: 'Programa de las Naciones Unidas para el Desarrollo', shortName: 'PNUD', kind: OrganizationKind.COOPERATION_AGENCY },
  {
    key: 'fao',
    name: 'Organización de las Naciones Unidas para la Alimentación y la Agricultura',
    shortName: 'FAO',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  {
    key: 'onu-habitat',
    name: 'Programa de las Naciones Unidas para los Asentamientos Humanos',
    shortName: 'ONU-Hábitat',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  { key: 'unicef', name: 'Fondo de las Naciones Unidas para la Infancia', shortName: 'UNICEF', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'onu-mujeres', name: 'ONU Mujeres', shortName: 'ONU Mujeres', kind: OrganizationKind.COOPERATION_AGENCY },
  {
    key: 'acnur',
    name: 'Alto Comisionado de las Naciones Unidas para los Refugiados',
    shortName: 'ACNUR',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  { key: 'oim', name: 'Organización Internacional para las Migraciones', shortName: 'OIM', kind: OrganizationKind.COOPERATION_AGENCY },
  {
    key: 'caf',
    name: 'CAF – banco de desarrollo de América Latina y el Caribe',
    shortName: 'CAF',
    kind: OrganizationKind.COOPERATION_AGENCY,
  },
  { key: 'bid', name: 'Banco Interamericano de Desarrollo', shortName: 'BID', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'banco-mundial', name: 'Banco Mundial', shortName: 'BM', kind: OrganizationKind.COOPERATION_AGENCY },
  { key: 'oru-fogar', name: 'Organización de Regiones Unidas', shortName: 'ORU Fogar', kind: OrganizationKind.INTERNATIONAL_NETWORK },
  { key: 'cglu', name: 'Ciudades y Gobiernos Locales Unidos', shortName: 'CGLU', kind: OrganizationKind.INTERNATIONAL_NETWORK },
];

const contracted = new Set(['Azuay', 'Cañar', 'Carchi', 'Guayas']);

/** One GAD provincial (prefectura) per province that has one: 23, Galápagos excepted. */
const gads: SeedOrganization[] = referenceData.provinces
  .filter((province) => province.hasPrefectura)
  .map((province) => ({
    key: `gad-${province.code}`,
    name: `Prefectura ${contracted.has(province.name) ? 'del' : 'de'} ${province.name}`,
    shortName: null,
    kind: OrganizationKind.GAD_PROVINCIAL,
    provinceCode: province.code,
  }));

export const seedOrganizations: SeedOrganization[] = [...organizers, ...partners, ...gads];

export const organizationId = (key: string) => seedId(`organization:${key}`);

/** Inserts the seeded organisations that are missing; never overwrites what an administrator edited. */
export async function insertOrganizations(manager: EntityManager): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(OrganizationEntity)
    .values(
      seedOrganizations.map(({ key, provinceCode, ...organization }) => ({
        ...organization,
        id: organizationId(key),
        provinceCode: provinceCode ?? null,
      })),
    )
    .orIgnore()
    .execute();
}

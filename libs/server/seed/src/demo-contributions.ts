import { ContributionType, forumInstant } from '@ruta/shared-domain';
import { ContributionEntity } from '@ruta/server-contributions';
import type { EntityManager } from 'typeorm';
import { conversatorioId } from './conversatorios.js';
import { seedId } from './seed-id.js';

interface SeedContribution {
  conversatorio: string;
  provinceCode: string;
  author: string;
  type: ContributionType;
  body: string;
  competencyKeys: string[];
  sdgNumbers: number[];
}

const { IDEA, PROPOSAL, AGREEMENT, NEED, QUESTION, RISK } = ContributionType;

/** What the provinces brought to the seeded conversatorios (demo mode: the demo people wrote them). */
export const demoContributions: SeedContribution[] = [
  {
    conversatorio: 'cooperacion-descentralizada',
    provinceCode: '01',
    author: 'tecnico.azuay@demo.ruta.ec',
    type: PROPOSAL,
    body: 'Crear un programa de hermanamiento con regiones de España para fortalecer los sistemas de riego comunitario en Azuay.',
    competencyKeys: ['riego', 'cooperacion_internacional'],
    sdgNumbers: [2, 6, 17],
  },
  {
    conversatorio: 'cooperacion-descentralizada',
    provinceCode: '17',
    author: 'tecnico.pichincha@demo.ruta.ec',
    type: NEED,
    body: 'Asistencia técnica para formular proyectos de cooperación descentralizada alineados con el plan de desarrollo y ordenamiento territorial.',
    competencyKeys: ['planificacion_desarrollo', 'cooperacion_internacional'],
    sdgNumbers: [11, 17],
  },
  {
    conversatorio: 'cooperacion-descentralizada',
    provinceCode: '13',
    author: 'analista@demo.ruta.ec',
    type: IDEA,
    body: 'Una red de productores agroecológicos de la costa vinculada con mercados de comercio justo en Europa.',
    competencyKeys: ['fomento_productivo', 'fomento_agropecuario'],
    sdgNumbers: [2, 8, 12],
  },
  {
    conversatorio: 'cooperacion-descentralizada',
    provinceCode: '10',
    author: 'analista@demo.ruta.ec',
    type: AGREEMENT,
    body: 'Las prefecturas participantes acuerdan compartir un inventario común de proyectos con financiamiento no reembolsable.',
    competencyKeys: ['cooperacion_internacional'],
    sdgNumbers: [17],
  },
  {
    conversatorio: 'cooperacion-sur-sur',
    provinceCode: '01',
    author: 'tecnico.azuay@demo.ruta.ec',
    type: RISK,
    body: 'La rotación del personal técnico tras el cambio de autoridades puede interrumpir los convenios vigentes de cooperación Sur-Sur.',
    competencyKeys: ['cooperacion_internacional'],
    sdgNumbers: [16, 17],
  },
  {
    conversatorio: 'cooperacion-sur-sur',
    provinceCode: '06',
    author: 'analista@demo.ruta.ec',
    type: PROPOSAL,
    body: 'Intercambio de experiencias con provincias andinas de Perú y Bolivia sobre el manejo de páramos y cuencas hídricas.',
    competencyKeys: ['cuencas_microcuencas', 'gestion_ambiental'],
    sdgNumbers: [6, 13, 15],
  },
  {
    conversatorio: 'paradiplomacia',
    provinceCode: '17',
    author: 'tecnico.pichincha@demo.ruta.ec',
    type: QUESTION,
    body: '¿Qué instancias del Ministerio de Relaciones Exteriores deben conocer los acuerdos que firme una prefectura con un gobierno subnacional extranjero?',
    competencyKeys: ['cooperacion_internacional'],
    sdgNumbers: [16, 17],
  },
  {
    conversatorio: 'paradiplomacia',
    provinceCode: '08',
    author: 'analista@demo.ruta.ec',
    type: NEED,
    body: 'Capacitación en negociación internacional y redacción de convenios para los equipos provinciales de cooperación.',
    competencyKeys: ['cooperacion_internacional'],
    sdgNumbers: [4, 17],
  },
];

export const demoContributionId = (index: number) => seedId(`contribution:${index}`);

/** Inserts the demo contributions that are missing, written by the demo accounts. */
export async function insertDemoContributions(manager: EntityManager, userId: (email: string) => string): Promise<void> {
  for (const [index, seed] of demoContributions.entries()) {
    const id = demoContributionId(index);
    if (await manager.existsBy(ContributionEntity, { id })) continue;
    const createdAt = new Date(forumInstant('2023-03-28', '15:00').getTime() + index * 7 * 60_000);
    await manager.insert(ContributionEntity, {
      id,
      conversatorioId: conversatorioId(seed.conversatorio),
      provinceCode: seed.provinceCode,
      authorId: userId(seed.author),
      type: seed.type,
      body: seed.body,
      competencyKeys: seed.competencyKeys,
      sdgNumbers: seed.sdgNumbers,
      createdAt,
      updatedAt: createdAt,
    });
  }
}

import { ActionItemStatus, CommitmentDirection, CommitmentKind, CommitmentStatus, Priority } from '@ruta/shared-domain';
import { recordHistory } from '@ruta/server-history';
import { ActionItemEntity, CommitmentEntity, type Indicator } from '@ruta/server-roadmap';
import type { EntityManager } from 'typeorm';
import { demoContributionId } from './demo-contributions.js';
import { themeId, type ThemeKey } from './forum-2023.js';
import { organizationId } from './organizations.js';
import { seedId } from './seed-id.js';

interface SeedActionItem {
  key: string;
  theme: ThemeKey;
  title: string;
  description: string;
  leadProvinceCode: string;
  coProvinceCodes: string[];
  competencyKey: string;
  responsibleOrganization: string;
  priority: Priority;
  status: ActionItemStatus;
  progress: number;
  startDate: string;
  dueDate: string;
  budgetUsd: number | null;
  sdgNumbers: number[];
  indicators: Indicator[];
  /** Indexes of the demo contributions it came from. */
  sources: number[];
  proposedBy: string;
  commitments: Array<{
    organization: string;
    kind: CommitmentKind;
    direction: CommitmentDirection;
    modalityKey: string | null;
    description: string;
    amount: number | null;
    currency: string | null;
    status: CommitmentStatus;
    reviewComment: string | null;
  }>;
}

const analyst = 'analista@demo.ruta.ec';

/** A small, realistic hoja de ruta for the demo: agreed items under way, commitments in each state. */
export const demoActionItems: SeedActionItem[] = [
  {
    key: 'paramos-andinos',
    theme: 'cooperacion-sur-sur',
    title: 'Intercambio andino sobre manejo de páramos y cuencas hídricas',
    description:
      'Misiones técnicas recíprocas con gobiernos intermedios de Perú y Bolivia para compartir prácticas de conservación de páramos y gestión de cuencas.',
    leadProvinceCode: '06',
    coProvinceCodes: ['18', '02'],
    competencyKey: 'cuencas_microcuencas',
    responsibleOrganization: 'gad-06',
    priority: Priority.HIGH,
    status: ActionItemStatus.IN_PROGRESS,
    progress: 40,
    startDate: '2023-06-01',
    dueDate: '2024-06-30',
    budgetUsd: 85000,
    sdgNumbers: [6, 13, 15, 17],
    indicators: [{ name: 'Hectáreas de páramo con plan de manejo', unit: 'ha', baseline: 0, target: 5000, current: 1800 }],
    sources: [5],
    proposedBy: analyst,
    commitments: [
      {
        organization: 'giz',
        kind: CommitmentKind.TECHNICAL_ASSISTANCE,
        direction: CommitmentDirection.REQUEST,
        modalityKey: 'triangular',
        description: 'Acompañamiento técnico de especialistas en gestión de cuencas para las misiones de intercambio.',
        amount: null,
        currency: null,
        status: CommitmentStatus.ACCEPTED,
        reviewComment: 'Incluido en el plan operativo del programa de recursos hídricos.',
      },
    ],
  },
  {
    key: 'formulacion-proyectos',
    theme: 'cooperacion-descentralizada',
    title: 'Escuela de formulación de proyectos de cooperación descentralizada',
    description:
      'Programa de formación para los equipos provinciales de cooperación: ciclo de proyecto, marco lógico y alineación con el PDOT.',
    leadProvinceCode: '17',
    coProvinceCodes: ['10', '05'],
    competencyKey: 'cooperacion_internacional',
    responsibleOrganization: 'congope',
    priority: Priority.HIGH,
    status: ActionItemStatus.AGREED,
    progress: 10,
    startDate: '2023-05-15',
    dueDate: '2023-12-15',
    budgetUsd: 30000,
    sdgNumbers: [11, 17],
    indicators: [{ name: 'Técnicos provinciales certificados', unit: 'personas', baseline: 0, target: 60, current: 0 }],
    sources: [1],
    proposedBy: 'tecnico.pichincha@demo.ruta.ec',
    commitments: [
      {
        organization: 'aecid',
        kind: CommitmentKind.TRAINING,
        direction: CommitmentDirection.REQUEST,
        modalityKey: 'cooperacion_descentralizada',
        description: 'Diseño y dictado de dos módulos del programa con expertos de comunidades autónomas españolas.',
        amount: 12000,
        currency: 'EUR',
        status: CommitmentStatus.PROPOSED,
        reviewComment: null,
      },
    ],
  },
  {
    key: 'negociacion-internacional',
    theme: 'paradiplomacia',
    title: 'Capacitación en negociación internacional y redacción de convenios',
    description:
      'Talleres para los equipos provinciales sobre negociación con gobiernos subnacionales extranjeros y redacción de convenios.',
    leadProvinceCode: '08',
    coProvinceCodes: [],
    competencyKey: 'cooperacion_internacional',
    responsibleOrganization: 'mremh',
    priority: Priority.MEDIUM,
    status: ActionItemStatus.DONE,
    progress: 100,
    startDate: '2023-04-10',
    dueDate: '2023-09-30',
    budgetUsd: 8000,
    sdgNumbers: [16, 17],
    indicators: [{ name: 'Talleres realizados', unit: 'talleres', baseline: 0, target: 4, current: 4 }],
    sources: [7],
    proposedBy: analyst,
    commitments: [
      {
        organization: 'cifal-unitar',
        kind: CommitmentKind.TRAINING,
        direction: CommitmentDirection.OFFER,
        modalityKey: 'asistencia_tecnica',
        description: 'Facilitación de los talleres por el equipo de CIFAL Ecuador.',
        amount: null,
        currency: null,
        status: CommitmentStatus.FULFILLED,
        reviewComment: 'Aceptado: complementa la oferta de la Cancillería.',
      },
    ],
  },
  {
    key: 'comercio-justo-costa',
    theme: 'cooperacion-descentralizada',
    title: 'Red de productores agroecológicos de la costa con comercio justo',
    description: 'Articular a las asociaciones de productores agroecológicos de Manabí y Santa Elena con redes europeas de comercio justo.',
    leadProvinceCode: '13',
    coProvinceCodes: ['24'],
    competencyKey: 'fomento_productivo',
    responsibleOrganization: 'gad-13',
    priority: Priority.MEDIUM,
    status: ActionItemStatus.BLOCKED,
    progress: 25,
    startDate: '2023-07-01',
    dueDate: '2024-12-31',
    budgetUsd: 150000,
    sdgNumbers: [2, 8, 12],
    indicators: [{ name: 'Asociaciones con certificación', unit: 'asociaciones', baseline: 2, target: 12, current: 4 }],
    sources: [2],
    proposedBy: analyst,
    commitments: [
      {
        organization: 'ue',
        kind: CommitmentKind.NON_REIMBURSABLE_FINANCING,
        direction: CommitmentDirection.REQUEST,
        modalityKey: 'financiera_no_reembolsable',
        description: 'Cofinanciamiento del proceso de certificación de las asociaciones.',
        amount: 90000,
        currency: 'EUR',
        status: CommitmentStatus.DECLINED,
        reviewComment: 'La convocatoria vigente no cubre certificaciones; se sugiere presentar en la próxima.',
      },
    ],
  },
  {
    key: 'inventario-proyectos',
    theme: 'internacionalizacion-agenda',
    title: 'Inventario común de proyectos con financiamiento no reembolsable',
    description:
      'Una base compartida entre prefecturas de los proyectos en curso y buscados, para coordinar la oferta ante los cooperantes.',
    leadProvinceCode: '10',
    coProvinceCodes: ['04', '21'],
    competencyKey: 'planificacion_desarrollo',
    responsibleOrganization: 'congope',
    priority: Priority.LOW,
    status: ActionItemStatus.PROPOSED,
    progress: 0,
    startDate: '2023-09-01',
    dueDate: '2024-03-31',
    budgetUsd: null,
    sdgNumbers: [17],
    indicators: [],
    sources: [3],
    proposedBy: analyst,
    commitments: [],
  },
];

/** Offers are reviewed by CONGOPE; requests by the partner's demo account, where there is one. */
function reviewerOf(direction: CommitmentDirection, organization: string, userId: (email: string) => string): string | null {
  if (direction === CommitmentDirection.OFFER) return userId(analyst);
  return ['aecid', 'giz'].includes(organization) ? userId(`socio.${organization}@demo.ruta.ec`) : null;
}

export const demoActionItemId = (key: string) => seedId(`action-item:${key}`);

/** Inserts the demo roadmap items and commitments that are missing (demo mode). */
export async function insertDemoRoadmap(manager: EntityManager, userId: (email: string) => string): Promise<void> {
  for (const seed of demoActionItems) {
    const id = demoActionItemId(seed.key);
    if (await manager.existsBy(ActionItemEntity, { id })) continue;
    await manager.insert(ActionItemEntity, {
      id,
      title: seed.title,
      description: seed.description,
      themeId: themeId(seed.theme),
      competencyKey: seed.competencyKey,
      leadProvinceCode: seed.leadProvinceCode,
      responsibleOrganizationId: organizationId(seed.responsibleOrganization),
      focalPointId: userId(analyst),
      priority: seed.priority,
      startDate: seed.startDate,
      dueDate: seed.dueDate,
      status: seed.status,
      statusReason: seed.status === ActionItemStatus.BLOCKED ? 'A la espera de una nueva convocatoria de cofinanciamiento.' : null,
      progress: seed.progress,
      indicators: seed.indicators,
      budgetUsd: seed.budgetUsd,
      sdgNumbers: seed.sdgNumbers,
      proposedById: userId(seed.proposedBy),
    });
    for (const code of seed.coProvinceCodes) {
      await manager.query('INSERT INTO action_item_co_province (action_item_id, province_code) VALUES ($1, $2)', [id, code]);
    }
    for (const index of seed.sources) {
      await manager.query('INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id) VALUES ($1, $2, $3)', [
        id,
        demoContributionId(index),
        userId(analyst),
      ]);
    }
    await recordHistory(manager, {
      entityType: 'action_item',
      entityId: id,
      actorId: userId(seed.proposedBy),
      action: 'created',
      changes: {},
    });
    for (const [index, commitment] of seed.commitments.entries()) {
      const reviewed = commitment.status !== CommitmentStatus.PROPOSED;
      const commitmentId = seedId(`commitment:${seed.key}:${index}`);
      await manager.insert(CommitmentEntity, {
        id: commitmentId,
        actionItemId: id,
        organizationId: organizationId(commitment.organization),
        kind: commitment.kind,
        direction: commitment.direction,
        modalityKey: commitment.modalityKey,
        description: commitment.description,
        amount: commitment.amount,
        currency: commitment.currency,
        status: commitment.status,
        reviewComment: commitment.reviewComment,
        reviewedById: reviewed ? reviewerOf(commitment.direction, commitment.organization, userId) : null,
        reviewedAt: reviewed ? new Date('2023-05-02T15:00:00Z') : null,
        createdById: userId(analyst),
      });
      await recordHistory(manager, {
        entityType: 'commitment',
        entityId: commitmentId,
        actorId: userId(analyst),
        action: 'created',
        changes: {},
      });
    }
  }
}

import { AgendaSessionKind, SpeakerRole, ThemeFormat, forumInstant } from '@ruta/shared-domain';
import {
  AgendaSessionEntity,
  EventDayEntity,
  EventEntity,
  EventOrganizationEntity,
  EventOrganizationRole,
  SessionSpeakerEntity,
  ThemeEntity,
} from '@ruta/server-events';
import type { EntityManager } from 'typeorm';
import { organizationId, organizerKeys } from './organizations.js';
import { seedId } from './seed-id.js';

export const FORUM_2023_EVENT_ID = seedId('event:forum-2023');
export const themeId = (key: ThemeKey) => seedId(`theme:${key}`);
export type { ThemeKey };
export const sessionId = (key: string) => seedId(`session:${key}`);

const DAY_1 = '2023-03-28';
const DAY_2 = '2023-03-29';

const themes = [
  {
    key: 'cooperacion-descentralizada',
    name: 'Cooperación descentralizada',
    description:
      'La cooperación entre gobiernos subnacionales como vía para aprender nuevas formas de desarrollo para los territorios, más allá de la captación de recursos.',
  },
  {
    key: 'cooperacion-sur-sur',
    name: 'Cooperación Sur-Sur',
    description:
      'El intercambio de experiencias, conocimientos y capacidades entre territorios del Sur global, y su incidencia en las competencias provinciales.',
  },
  {
    key: 'paradiplomacia',
    name: 'Paradiplomacia',
    description:
      'La acción internacional de los gobiernos no centrales, paralela a la de los Estados: relaciones económicas, culturales y de cooperación desde los procesos de desarrollo de cada territorio.',
  },
  {
    key: 'internacionalizacion-agenda',
    name: 'Internacionalización de agenda',
    description:
      'Cómo los gobiernos intermedios inciden en los debates de la agenda internacional para acercar el mundo a los territorios y los territorios al mundo.',
  },
] as const;
type ThemeKey = (typeof themes)[number]['key'];

/** When each theme's block (keynote, panel, open dialogue) starts. */
const themeStarts: Record<ThemeKey, [string, string]> = {
  'cooperacion-descentralizada': [DAY_1, '09:30'],
  'cooperacion-sur-sur': [DAY_1, '11:00'],
  paradiplomacia: [DAY_2, '08:30'],
  'internacionalizacion-agenda': [DAY_2, '10:00'],
};

const addMinutes = (instant: Date, minutes: number) => new Date(instant.getTime() + minutes * 60_000);

interface SeedSession {
  key: string;
  kind: AgendaSessionKind;
  themeKey: ThemeKey | null;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  slots: Array<{ role: SpeakerRole; durationMinutes: number | null }>;
}

function themeSessions(theme: (typeof themes)[number]): SeedSession[] {
  const [date, time] = themeStarts[theme.key];
  const keynoteStart = forumInstant(date, time);
  const panelStart = addMinutes(keynoteStart, ThemeFormat.keynoteMinutes);
  const dialogueStart = addMinutes(panelStart, ThemeFormat.panelists * ThemeFormat.panelInterventionMinutes);
  return [
    {
      key: `${theme.key}:keynote`,
      kind: AgendaSessionKind.KEYNOTE,
      themeKey: theme.key,
      title: `Conferencia magistral: ${theme.name}`,
      description: 'Conferencia magistral de 30 minutos, incluido un espacio para preguntas de los asistentes.',
      startsAt: keynoteStart,
      endsAt: panelStart,
      slots: [{ role: SpeakerRole.KEYNOTE_SPEAKER, durationMinutes: ThemeFormat.keynoteMinutes }],
    },
    {
      key: `${theme.key}:panel`,
      kind: AgendaSessionKind.PANEL,
      themeKey: theme.key,
      title: `Panel: ${theme.name}`,
      description:
        'Tres expertos internacionales o nacionales, con intervenciones de 10 minutos, sobre el estado del arte del tema y su incidencia en los territorios provinciales.',
      startsAt: panelStart,
      endsAt: dialogueStart,
      slots: Array.from({ length: ThemeFormat.panelists }, () => ({
        role: SpeakerRole.PANELIST,
        durationMinutes: ThemeFormat.panelInterventionMinutes,
      })),
    },
    {
      key: `${theme.key}:dialogue`,
      kind: AgendaSessionKind.OPEN_DIALOGUE,
      themeKey: theme.key,
      title: `Diálogo abierto: ${theme.name}`,
      description:
        'Diálogo abierto conducido por moderadores invitados, con preguntas de las personas que siguen el evento en la virtualidad.',
      startsAt: dialogueStart,
      endsAt: addMinutes(dialogueStart, ThemeFormat.openDialogueMinutes),
      slots: [{ role: SpeakerRole.MODERATOR, durationMinutes: ThemeFormat.openDialogueMinutes }],
    },
  ];
}

const sessions: SeedSession[] = [
  {
    key: 'opening',
    kind: AgendaSessionKind.OPENING,
    themeKey: null,
    title: 'Acto inaugural',
    description: 'Bienvenida de las autoridades organizadoras y presentación del foro.',
    startsAt: forumInstant(DAY_1, '09:00'),
    endsAt: forumInstant(DAY_1, '09:30'),
    slots: [{ role: SpeakerRole.HOST, durationMinutes: null }],
  },
  ...themes.flatMap(themeSessions),
  {
    key: 'closing',
    kind: AgendaSessionKind.CLOSING,
    themeKey: null,
    title: 'Clausura: hacia la hoja de ruta y la memoria de trabajo',
    description: 'Síntesis de los conversatorios, próximos pasos de la hoja de ruta y cierre del foro.',
    startsAt: forumInstant(DAY_2, '11:40'),
    endsAt: forumInstant(DAY_2, '12:10'),
    slots: [{ role: SpeakerRole.HOST, durationMinutes: null }],
  },
];

export const forum2023 = {
  event: {
    id: FORUM_2023_EVENT_ID,
    name: 'Foro La Internacionalización Territorial',
    subtitle: 'Los gobiernos intermedios como articuladores para el desarrollo global',
    startsOn: DAY_1,
    endsOn: DAY_2,
    timeZone: 'America/Guayaquil',
    modality: 'Virtual',
    platform: 'Zoom',
    openingAt: forumInstant(DAY_1, '09:00'),
    presentation:
      'Un espacio de reflexión sobre las potencialidades que tienen los gobiernos intermedios para ser actores con presencia en el concierto internacional, con el objetivo de aprovechar esos espacios para aprender nuevas formas de desarrollo para los territorios. CONGOPE propone un cambio de paradigma en la gestión de los asuntos internacionales de los GAD: trascender la captación de recursos de cooperación e incidir en los debates de la agenda internacional.',
    objectives: [
      'Ser el primer punto de encuentro de las nuevas autoridades con los actores locales salientes de la cooperación internacional y el ejecutivo.',
      'Ofrecer un espacio para la discusión y el diálogo, para el intercambio de ideas y estrategias de acción para repensar la cooperación internacional desde sus diferentes sectores de incidencia.',
      'Fortalecer la imagen de CONGOPE como ente asesor para la internacionalización y la cooperación descentralizada, la cooperación no reembolsable y la asistencia técnica con las autoridades provinciales reelectas y las nuevas autoridades.',
    ],
    specificObjectives: [
      'Sostener el liderazgo de CONGOPE en temas de paradiplomacia como parte de las acciones necesarias para impulsar el desarrollo territorial.',
      'Articular con redes y cooperantes internacionales en diferentes temas sectoriales en torno a las competencias provinciales.',
      'Generar conversatorios entre los equipos técnicos de CONGOPE, los equipos de los GAD provinciales y los expertos internacionales participantes, con la finalidad de obtener una hoja de ruta para trabajar temas prioritarios del desarrollo territorial de manera conjunta con la cooperación internacional.',
      'Elaborar una memoria de trabajo que recoja las ponencias y los resultados de los conversatorios.',
      'Fortalecer las redes de trabajo técnico entre los GAD provinciales, lideradas por los equipos técnicos de CONGOPE.',
    ],
    methodology:
      'Evento de dos días con un enfoque conceptual de la cooperación internacional y la paradiplomacia. Cada temática inicia con una conferencia magistral de 30 minutos, incluido un espacio para preguntas; sigue un panel de tres participantes con intervenciones de 10 minutos, y un diálogo abierto de 20 minutos conducido por moderadores invitados, con preguntas de quienes siguen el evento en la virtualidad.',
    audience: [
      'Autoridades de prefecturas provinciales salientes y entrantes electas de las 23 provincias, y sus equipos de cooperación internacional.',
      'Autoridades de otros niveles de gobierno.',
      'Autoridades de redes internacionales de cooperación.',
      'Técnicos responsables de cooperación internacional de los tres niveles de gobierno.',
      'Cooperantes, redes y agencias de cooperación.',
      'Sociedad civil.',
    ],
  },
  days: [
    { date: DAY_1, opensAt: forumInstant(DAY_1, '08:30'), closesAt: forumInstant(DAY_1, '12:55') },
    { date: DAY_2, opensAt: forumInstant(DAY_2, '08:30'), closesAt: forumInstant(DAY_2, '12:10') },
  ],
  themes,
  sessions,
};

/**
 * Inserts the 2023 forum (event, days, organisers, themes, agenda) when it is missing. Returns
 * whether it inserted anything; never touches a forum that is already there.
 */
export async function insertForum2023(manager: EntityManager): Promise<boolean> {
  if (await manager.existsBy(EventEntity, { id: FORUM_2023_EVENT_ID })) return false;

  await manager.insert(EventEntity, forum2023.event);
  await manager.insert(
    EventDayEntity,
    forum2023.days.map((day) => ({ ...day, eventId: FORUM_2023_EVENT_ID })),
  );
  await manager.insert(
    EventOrganizationEntity,
    organizerKeys.map((key, position) => ({
      eventId: FORUM_2023_EVENT_ID,
      organizationId: organizationId(key),
      role: EventOrganizationRole.ORGANIZER,
      position,
    })),
  );
  await manager.insert(
    ThemeEntity,
    themes.map((theme, position) => ({ ...theme, id: themeId(theme.key), eventId: FORUM_2023_EVENT_ID, position })),
  );
  for (const session of sessions) {
    const { key, slots, themeKey, ...fields } = session;
    await manager.insert(AgendaSessionEntity, {
      ...fields,
      id: sessionId(key),
      eventId: FORUM_2023_EVENT_ID,
      themeId: themeKey ? themeId(themeKey) : null,
    });
    await manager.insert(
      SessionSpeakerEntity,
      slots.map((slot, position) => ({
        ...slot,
        id: seedId(`slot:${key}:${position}`),
        sessionId: sessionId(key),
        position,
        speakerId: null,
      })),
    );
  }
  return true;
}

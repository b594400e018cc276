import { AgendaSessionEntity, EventEntity, ThemeEntity } from '@ruta/server-events';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { FORUM_2023_EVENT_ID, forum2023, sessionId, themeId, type ThemeKey } from './forum-2023.js';

const themes: Record<ThemeKey, { name: string; description: string }> = {
  'cooperacion-descentralizada': {
    name: 'Decentralised cooperation',
    description:
      'Cooperation between subnational governments as a way of learning new forms of development for the territories, beyond raising funds.',
  },
  'cooperacion-sur-sur': {
    name: 'South-South cooperation',
    description:
      'The exchange of experiences, knowledge and capacities between territories of the Global South, and its bearing on provincial competencies.',
  },
  paradiplomacia: {
    name: 'Paradiplomacy',
    description:
      'The international action of non-central governments, parallel to that of States: economic, cultural and cooperation relations that grow out of each territory’s development processes.',
  },
  'internacionalizacion-agenda': {
    name: 'Internationalising the agenda',
    description:
      'How intermediate governments take part in the debates of the international agenda, to bring the world closer to the territories and the territories closer to the world.',
  },
};

const themeSessions = (theme: string): Record<string, { title: string; description: string }> => ({
  keynote: {
    title: `Keynote lecture: ${theme}`,
    description: 'A 30-minute keynote lecture, including time for questions from the audience.',
  },
  panel: {
    title: `Panel: ${theme}`,
    description:
      'Three international or national experts, with 10-minute interventions, on the state of the art of the subject and its bearing on the provincial territories.',
  },
  dialogue: {
    title: `Open dialogue: ${theme}`,
    description: 'An open dialogue led by guest moderators, with questions from the people following the event online.',
  },
});

const sessions: Record<string, { title: string; description: string }> = {
  opening: {
    title: 'Opening ceremony',
    description: 'Welcome from the organising authorities and presentation of the forum.',
  },
  ...Object.fromEntries(
    Object.entries(themes).flatMap(([key, theme]) =>
      Object.entries(themeSessions(theme.name)).map(([part, texts]) => [`${key}:${part}`, texts] as const),
    ),
  ),
  closing: {
    title: 'Closing: towards the roadmap and the proceedings',
    description: 'A synthesis of the conversatorios, the next steps of the roadmap and the close of the forum.',
  },
};

/** The 2023 forum's programme texts in English, translated from the concept note's Spanish. */
export const forum2023English = {
  event: {
    name: 'Territorial Internationalisation Forum',
    subtitle: 'Intermediate governments as coordinators of global development',
    presentation:
      'A space for reflection on the potential of intermediate governments to be actors with a presence on the international stage, with the aim of using those spaces to learn new forms of development for the territories. CONGOPE proposes a paradigm shift in how provincial governments (GADs) handle international affairs: going beyond raising cooperation funds to take part in the debates of the international agenda.',
    objectives: [
      'To be the first meeting point between the new authorities, the outgoing local actors of international cooperation and the national executive.',
      'To offer a space for discussion and dialogue, and for the exchange of ideas and strategies for action, to rethink international cooperation from its different sectors of influence.',
      'To strengthen CONGOPE’s image as an adviser on internationalisation and decentralised cooperation, non-reimbursable cooperation and technical assistance, with the re-elected provincial authorities and the new ones.',
    ],
    specificObjectives: [
      'To sustain CONGOPE’s leadership on paradiplomacy as part of the actions needed to drive territorial development.',
      'To work with international networks and cooperation partners on different sectoral subjects around provincial competencies.',
      'To hold conversatorios between CONGOPE’s technical teams, the teams of the provincial governments (GADs) and the participating international experts, in order to produce a roadmap for working on priority subjects of territorial development together with international cooperation.',
      'To produce working proceedings that gather the talks and the results of the conversatorios.',
      'To strengthen the technical working networks between the provincial governments (GADs), led by CONGOPE’s technical teams.',
    ],
    methodology:
      'A two-day event with a conceptual approach to international cooperation and paradiplomacy. Each theme opens with a 30-minute keynote lecture, including time for questions; a panel of three participants with 10-minute interventions follows, then a 20-minute open dialogue led by guest moderators, with questions from those following the event online.',
    audience: [
      'Outgoing and newly elected authorities of the provincial prefectures of the 23 provinces, and their international cooperation teams.',
      'Authorities of other levels of government.',
      'Authorities of international cooperation networks.',
      'Technical staff in charge of international cooperation at the three levels of government.',
      'Cooperation partners, networks and agencies.',
      'Civil society.',
    ],
  },
  themes,
  sessions,
};

type Texts = Readonly<Record<string, unknown>>;

/**
 * The translations still missing from one seeded row: a field gets its English only while no
 * English was ever set for it (no key: an administrator's blank is a null key) and its Spanish is
 * still the seed's, so an edited Spanish text never gets a stale translation.
 */
function missing(row: Texts & { english: Texts }, spanish: Texts, english: Texts): Texts {
  return Object.fromEntries(
    Object.entries(english).filter(([field]) => !(field in row.english) && JSON.stringify(row[field]) === JSON.stringify(spanish[field])),
  );
}

async function translate(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rows: Array<{ id: string; spanish: Texts; english: Texts }>,
): Promise<void> {
  const { tablePath } = manager.connection.getMetadata(entity);
  const stored = (await manager.findBy(entity, { id: In(rows.map((row) => row.id)) })) as Array<Texts & { id: string; english: Texts }>;
  for (const row of stored) {
    const seeded = rows.find((candidate) => candidate.id === row.id);
    const patch = seeded ? missing(row, seeded.spanish, seeded.english) : {};
    if (Object.keys(patch).length === 0) continue;
    // `||` keeps the right-hand keys: what is stored wins over the seed.
    await manager.query(`UPDATE ${tablePath} SET english = $2::jsonb || english WHERE id = $1`, [row.id, JSON.stringify(patch)]);
  }
}

/**
 * Gives the seeded forum the English versions of its programme texts, on every start: a new
 * database gets them with the forum, an existing one the translations it was missing, and an
 * administrator's English (or deliberate blank) is never touched.
 */
export async function translateForum2023(manager: EntityManager): Promise<void> {
  await translate(manager, EventEntity, [{ id: FORUM_2023_EVENT_ID, spanish: forum2023.event, english: forum2023English.event }]);
  await translate(
    manager,
    ThemeEntity,
    forum2023.themes.map((theme) => ({ id: themeId(theme.key), spanish: theme, english: forum2023English.themes[theme.key] })),
  );
  await translate(
    manager,
    AgendaSessionEntity,
    forum2023.sessions.map((session) => ({
      id: sessionId(session.key),
      spanish: { title: session.title, description: session.description },
      english: forum2023English.sessions[session.key] ?? {},
    })),
  );
}

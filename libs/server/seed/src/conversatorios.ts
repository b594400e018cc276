import { ConversatorioStatus, forumInstant } from '@ruta/shared-domain';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { ProvinceEntity } from '@ruta/server-reference';
import { In, IsNull, type EntityManager } from 'typeorm';
import { themeId, type ThemeKey } from './forum-2023.js';
import { seedId } from './seed-id.js';

/** One conversatorio per theme, in the afternoons of the forum, open for contributions. */
export const seedConversatorios: Array<{
  key: string;
  themeKey: ThemeKey;
  title: string;
  purpose: string;
  date: string;
  from: string;
  to: string;
  provinceCodes: string[];
}> = [
  {
    key: 'cooperacion-descentralizada',
    themeKey: 'cooperacion-descentralizada',
    title: 'Conversatorio: cooperación descentralizada y competencias provinciales',
    purpose:
      'Identificar iniciativas de cooperación entre gobiernos intermedios que fortalezcan el riego, la vialidad rural y el fomento productivo.',
    date: '2023-03-28',
    from: '14:30',
    to: '16:00',
    provinceCodes: ['01', '10', '11', '13', '17'],
  },
  {
    key: 'cooperacion-sur-sur',
    themeKey: 'cooperacion-sur-sur',
    title: 'Conversatorio: intercambio de experiencias Sur-Sur',
    purpose: 'Recoger experiencias provinciales que puedan compartirse con otros territorios del Sur y necesidades de asistencia técnica.',
    date: '2023-03-28',
    from: '16:30',
    to: '18:00',
    provinceCodes: ['01', '06', '07', '09', '18'],
  },
  {
    key: 'paradiplomacia',
    themeKey: 'paradiplomacia',
    title: 'Conversatorio: la acción internacional de las prefecturas',
    purpose: 'Definir prioridades de la agenda internacional provincial y las alianzas con redes de gobiernos subnacionales.',
    date: '2023-03-29',
    from: '14:30',
    to: '16:00',
    provinceCodes: ['04', '08', '14', '17', '21'],
  },
  {
    key: 'internacionalizacion-agenda',
    themeKey: 'internacionalizacion-agenda',
    title: 'Conversatorio: llevar la agenda territorial al mundo',
    purpose: 'Proponer acciones para que la agenda de desarrollo provincial incida en los espacios internacionales, alineadas con los ODS.',
    date: '2023-03-29',
    from: '16:30',
    to: '18:00',
    provinceCodes: ['01', '03', '05', '15', '24'],
  },
];

export const conversatorioId = (key: string) => seedId(`conversatorio:${key}`);

/** Inserts the seeded conversatorios that are missing. */
export async function insertConversatorios(manager: EntityManager): Promise<void> {
  for (const seed of seedConversatorios) {
    const id = conversatorioId(seed.key);
    if (await manager.existsBy(ConversatorioEntity, { id })) continue;
    await manager.save(
      manager.create(ConversatorioEntity, {
        id,
        themeId: themeId(seed.themeKey),
        title: seed.title,
        purpose: seed.purpose,
        startsAt: forumInstant(seed.date, seed.from),
        endsAt: forumInstant(seed.date, seed.to),
        status: ConversatorioStatus.OPEN,
        provinces: await manager.findBy(ProvinceEntity, { code: In(seed.provinceCodes) }),
      }),
    );
  }
}

/** Demo mode: the seeded conversatorios without a moderator get the demo moderator. */
export async function assignDemoModerator(manager: EntityManager, moderatorId: string): Promise<void> {
  await manager.update(
    ConversatorioEntity,
    { id: In(seedConversatorios.map((seed) => conversatorioId(seed.key))), moderatorId: IsNull() },
    { moderatorId },
  );
}

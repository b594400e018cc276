import type { JSONContent } from '@tiptap/core';
import type { Memoria, MemoriaBlock, MemoriaSection } from '../src/memoria.model.js';

/**
 * A realistic memoria for the renderers' tests and for looking at their output: Spanish texts
 * with accents and ñ, every kind of block, documents with headings, lists, tables and links, and
 * hostile strings that must come out as inert text. Deterministic (no randomness, no clock).
 */

/** A contribution quoted in the first conversatorio's outcome document. */
export const SAMPLE_CONTRIBUTION =
  'Las juntas parroquiales de Cañar piden que la cooperación llegue también a la niñez rural y a la gestión comunitaria del agua';

/** Strings that must never become markup, script, formulas or links. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  href: 'javascript:alert(1)',
  formula: '=HYPERLINK("http://evil")',
} as const;

export const PROVINCES: Array<[code: string, name: string]> = [
  ['01', 'Azuay'],
  ['02', 'Bolívar'],
  ['03', 'Cañar'],
  ['04', 'Carchi'],
  ['05', 'Cotopaxi'],
  ['06', 'Chimborazo'],
  ['07', 'El Oro'],
  ['08', 'Esmeraldas'],
  ['09', 'Guayas'],
  ['10', 'Imbabura'],
  ['11', 'Loja'],
  ['12', 'Los Ríos'],
  ['13', 'Manabí'],
  ['14', 'Morona Santiago'],
  ['15', 'Napo'],
  ['16', 'Pastaza'],
  ['17', 'Pichincha'],
  ['18', 'Tungurahua'],
  ['19', 'Zamora Chinchipe'],
  ['20', 'Galápagos'],
  ['21', 'Sucumbíos'],
  ['22', 'Orellana'],
  ['23', 'Santo Domingo de los Tsáchilas'],
  ['24', 'Santa Elena'],
];

const THEMES = [
  { key: 'paradiplomacia', name: 'Paradiplomacia y cooperación internacional' },
  { key: 'produccion', name: 'Desarrollo productivo y soberanía alimentaria' },
  { key: 'agua', name: 'Gestión del agua y cambio climático' },
  { key: 'vialidad', name: 'Vialidad y conectividad rural' },
];

const PEOPLE = [
  'María José Peñaherrera',
  'Andrés Quishpe Guamán',
  'Lucía Ordóñez Cárdenas',
  'Santiago Muñoz Ibarra',
  'Verónica Yánez Núñez',
  'Joaquín Espín Villacís',
  'Rocío Chávez Andrade',
  'Esteban Zúñiga Tapia',
];
const ORGANIZATIONS = [
  'CONGOPE',
  'AECID',
  'GIZ',
  'Unión Europea',
  'PNUD',
  'Banco de Desarrollo del Ecuador',
  'FAO',
  'Cooperación Técnica Belga',
  'Universidad de Cuenca',
];
const STATUSES = ['Acordada', 'En ejecución', 'Cumplida', 'Bloqueada'];
const COMMITMENT_KINDS = [
  'Asistencia técnica',
  'Financiamiento no reembolsable',
  'Capacitación',
  'Intercambio de experiencias',
  'Equipamiento',
];
const ACTIONS = [
  'Mesa técnica provincial de cooperación descentralizada',
  'Plan de riego parcelario para pequeños productores',
  'Programa de mantenimiento vial con microempresas asociativas',
  'Red de ferias de la economía popular y solidaria',
  'Protección de fuentes hídricas y páramos comunitarios',
  'Escuela de liderazgo para jóvenes y mujeres rurales',
  'Sistema de alerta temprana ante sequías e inundaciones',
  'Hermanamiento con regiones de España y Colombia',
];

const p = (text: string): MemoriaBlock => ({ kind: 'paragraph', text });
const section = (id: string, title: string, blocks: MemoriaBlock[], children: MemoriaSection[] = []): MemoriaSection => ({
  id,
  title,
  blocks,
  children,
});

const text = (value: string, ...marks: Array<string | { type: string; attrs?: Record<string, unknown> }>): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark)) } : {}),
});
const para = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const heading = (level: number, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const bullets = (...items: JSONContent[][]): JSONContent => ({
  type: 'bulletList',
  content: items.map((content) => ({ type: 'listItem', content })),
});
const cell = (type: 'tableHeader' | 'tableCell', value: string, attrs: Record<string, unknown> = {}): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, ...attrs },
  content: [para(text(value))],
});

/** A conversatorio's outcome document, as the assembler hands it over (mentions and action items resolved). */
function outcome(index: number, theme: string, provinces: string[]): JSONContent {
  return {
    type: 'doc',
    content: [
      heading(1, 'Síntesis del diálogo'),
      para(
        text('El conversatorio reunió a delegados de '),
        text(provinces.join(', '), 'bold'),
        text(' en torno al eje '),
        text(theme, 'italic'),
        text('. La moderación recogió los aportes en el tablero colaborativo y los agrupó por tipo; '),
        text('@Lucía Ordóñez Cárdenas', 'bold'),
        text(' presentó la síntesis en plenaria.'),
      ),
      heading(2, 'Principales aportes'),
      bullets(
        [
          para(
            text(
              index === 0 ? SAMPLE_CONTRIBUTION : 'Articular la planificación provincial con la agenda de cooperación del Estado central',
            ),
          ),
        ],
        [
          para(text('Priorizar ', 'bold'), text('proyectos con contraparte local y sostenibilidad financiera')),
          bullets(
            [para(text('Cofinanciamiento mínimo del 20 %'))],
            [para(text('Seguimiento trimestral en el '), text('#Azuay', 'underline'), text(' y demás provincias'))],
          ),
        ],
        [
          para(
            text('Eliminar la duplicación de esfuerzos entre niveles de gobierno', 'strike'),
            text(' → coordinar la información en una sola plataforma'),
          ),
        ],
      ),
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [
          { type: 'listItem', content: [para(text('Diagnóstico participativo en cada cantón'))] },
          { type: 'listItem', content: [para(text('Validación con las juntas parroquiales'))] },
          { type: 'listItem', content: [para(text('Presentación del portafolio a los socios'))] },
        ],
      },
      {
        type: 'blockquote',
        content: [
          para(
            text('«Sin agua no hay producción, y sin vías no hay mercado»', 'italic'),
            { type: 'hardBreak' },
            text('— Dirigente comunitaria de Chimborazo'),
          ),
        ],
      },
      heading(2, 'Acuerdos y responsables'),
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Acuerdo'), cell('tableHeader', 'Responsable'), cell('tableHeader', 'Plazo')] },
          {
            type: 'tableRow',
            content: [
              cell('tableCell', 'Conformar la mesa técnica'),
              cell('tableCell', 'Prefectura de Cañar'),
              cell('tableCell', 'Marzo de 2027'),
            ],
          },
          {
            type: 'tableRow',
            content: [
              cell('tableCell', 'Levantar la línea base de riego'),
              cell('tableCell', 'Universidad de Cuenca'),
              cell('tableCell', 'Junio de 2027'),
            ],
          },
          { type: 'tableRow', content: [cell('tableCell', HOSTILE.script), cell('tableCell', HOSTILE.formula), cell('tableCell', '—')] },
          {
            type: 'tableRow',
            content: [
              cell('tableCell', 'Informe consolidado de los compromisos del eje, a cargo de la secretaría técnica', { colspan: 3 }),
            ],
          },
        ],
      },
      para(
        text('Más información en el '),
        text('portal del CONGOPE', { type: 'link', attrs: { href: 'https://www.congope.gob.ec/foro' } }),
        text(', en '),
        text('https://www.congope.gob.ec', { type: 'link', attrs: { href: 'https://www.congope.gob.ec' } }),
        text(' o escribiendo a '),
        text('foro@congope.gob.ec', { type: 'link', attrs: { href: 'mailto:foro@congope.gob.ec' } }),
        text('. Un enlace malicioso: '),
        text('ver detalle', { type: 'link', attrs: { href: HOSTILE.href } }, 'bold'),
        text('.'),
      ),
      para(text('Texto pegado desde otro sistema: '), text(HOSTILE.script, 'code')),
      para(text('Acción: ', 'bold'), text(`${ACTIONS[index % ACTIONS.length]} — En ejecución · 40 %`)),
      // A node type the renderers don't know: its text comes out as a paragraph.
      {
        type: 'callout',
        attrs: { tone: 'info' },
        content: [para(text('Nota de la secretaría: el acta firmada reposa en los archivos del CONGOPE.'))],
      },
      { type: 'horizontalRule' },
      heading(3, 'Próximos pasos'),
      para(text('La secretaría técnica enviará el borrador de la hoja de ruta a las prefecturas en un plazo de quince días.')),
    ],
  };
}

interface Item {
  title: string;
  theme: string;
  province: string;
  status: string;
  progress: number;
  commitments: string;
}

function items(large: boolean): Item[] {
  const provinces = large ? PROVINCES : PROVINCES.slice(0, 6);
  const perProvince = large ? 30 : 4;
  return provinces.flatMap(([, province], provinceIndex) =>
    Array.from({ length: perProvince }, (_, index) => {
      const n = provinceIndex * perProvince + index;
      const theme = THEMES[n % THEMES.length].name;
      return {
        title: `${ACTIONS[n % ACTIONS.length]} en ${province}${index % 5 === 4 ? `, con énfasis en las parroquias rurales y los pueblos y nacionalidades del territorio (fase ${index + 1})` : ''}`,
        theme,
        province,
        status: STATUSES[n % STATUSES.length],
        progress: (n * 17) % 101,
        commitments:
          n % 7 === 3
            ? '—'
            : [0, 1, 2]
                .slice(0, 1 + (n % 3))
                .map((k) => `${ORGANIZATIONS[(n + k) % ORGANIZATIONS.length]}: ${COMMITMENT_KINDS[(n + k) % COMMITMENT_KINDS.length]}`)
                .join('; ') + (n === 5 ? ` ${HOSTILE.formula}` : ''),
      };
    }),
  );
}

/** A memoria of the whole forum; `large` makes the roadmap 24 provinces × 30 items. */
export function sampleMemoria(options: { large?: boolean } = {}): Memoria {
  const large = options.large ?? false;
  const allItems = items(large);

  const sessions = [
    {
      day: '24 nov',
      time: '08:30–09:30',
      title: 'Acto inaugural',
      theme: '—',
      people: 'Prefecto presidente del CONGOPE; Embajada de España',
    },
    ...THEMES.flatMap((theme, t) => [
      {
        day: `${24 + Math.floor(t / 2)} nov`,
        time: t % 2 === 0 ? '09:30–10:30' : '14:00–15:00',
        title: `Conferencia magistral: ${theme.name}`,
        theme: theme.name,
        people: `${PEOPLE[t]} (${ORGANIZATIONS[t + 1]})`,
      },
      {
        day: `${24 + Math.floor(t / 2)} nov`,
        time: t % 2 === 0 ? '10:45–12:15' : '15:15–16:45',
        title: `Panel: experiencias provinciales en ${theme.name.toLowerCase()}`,
        theme: theme.name,
        people: `${PEOPLE[(t + 2) % PEOPLE.length]} (Prefectura de ${PROVINCES[t * 3][1]}); ${PEOPLE[(t + 3) % PEOPLE.length]} (${ORGANIZATIONS[(t + 4) % ORGANIZATIONS.length]}); ${PEOPLE[(t + 5) % PEOPLE.length]} (Universidad de Cuenca)`,
      },
      {
        day: `${24 + Math.floor(t / 2)} nov`,
        time: t % 2 === 0 ? '12:15–13:00' : '17:00–17:45',
        title: `Diálogo abierto sobre ${theme.name.toLowerCase()}`,
        theme: theme.name,
        people: 'Moderación: secretaría técnica del CONGOPE',
      },
    ]),
    {
      day: '26 nov',
      time: '09:00–11:00',
      title: 'Plenaria de la hoja de ruta',
      theme: '—',
      people: 'Prefectas y prefectos; socios de cooperación',
    },
  ];

  const conversatorios = THEMES.map((theme, t) => {
    const provinces = PROVINCES.slice(t * 4, t * 4 + 5).map(([, name]) => name);
    const types = ['Propuesta', 'Experiencia', 'Problema', 'Pregunta'];
    return section(
      `conversatorio-${t + 1}`,
      `Conversatorio ${t + 1}: ${theme.name}`,
      [
        p(
          `Recoger las demandas y experiencias de los gobiernos provinciales en ${theme.name.toLowerCase()} para convertirlas en acciones de la hoja de ruta.`,
        ),
        {
          kind: 'facts',
          entries: [
            { label: 'Eje', value: theme.name },
            { label: 'Fecha', value: `${25 + (t % 2)} de noviembre de 2026` },
            { label: 'Moderación', value: PEOPLE[(t + 4) % PEOPLE.length] },
            { label: 'Provincias participantes', value: provinces.join(', ') },
          ],
        },
      ],
      [
        section(`outcome-${t + 1}`, 'Relatoría', [{ kind: 'document', json: outcome(t, theme.name, provinces) }]),
        section(`contributions-${t + 1}`, 'Aportes por tipo y provincia', [
          {
            kind: 'table',
            columns: ['Provincia', ...types, 'Total'],
            rows: provinces.map((province, i) => {
              const counts = types.map((_, k) => (i * 3 + k * 5 + t) % 9);
              return [province, ...counts.map(String), String(counts.reduce((sum, value) => sum + value, 0))];
            }),
          },
        ]),
      ],
    );
  });

  const itemTable = (rows: Item[], first: 'theme' | 'province'): MemoriaBlock =>
    rows.length === 0
      ? { kind: 'paragraph', text: 'Sin acciones acordadas.', emphasis: true }
      : {
          kind: 'table',
          columns: ['Acción', first === 'theme' ? 'Eje' : 'Provincia líder', 'Estado', 'Avance', 'Compromisos'],
          widths: [5, 2.5, 1.8, 1.2, 4],
          rows: rows.map((item) => [
            item.title,
            first === 'theme' ? item.theme : item.province,
            item.status,
            `${item.progress} %`,
            item.commitments,
          ]),
        };
  const roadmapProvinces = PROVINCES.filter(([, name]) => allItems.some((item) => item.province === name));

  const sections: MemoriaSection[] = [
    section('presentation', 'Presentación', [
      p(
        'El Foro Nacional de Gobiernos Provinciales reunió durante tres días a prefectas, prefectos, equipos técnicos y socios de la cooperación internacional para construir, a partir del diálogo, una hoja de ruta provincial con compromisos verificables.',
      ),
      p(
        'Esta memoria de trabajo recoge las ponencias, la relatoría de cada conversatorio, los aportes de las provincias y las acciones acordadas con sus compromisos. Es un documento vivo: cada versión publicada refleja el avance de la hoja de ruta a la fecha indicada en la portada.',
      ),
      p('Los aportes marcados como ocultos por la moderación y las propuestas aún no acordadas no forman parte de esta memoria.'),
    ]),
    section(
      'objectives',
      'Objetivos y metodología',
      [],
      [
        section('objectives-general', 'Objetivos generales', [
          {
            kind: 'list',
            items: [
              'Fortalecer la articulación entre los gobiernos provinciales y los socios de cooperación.',
              'Construir una hoja de ruta provincial con acciones, responsables y compromisos verificables.',
            ],
          },
        ]),
        section('objectives-specific', 'Objetivos específicos', [
          {
            kind: 'list',
            items: [
              'Identificar las demandas prioritarias de cada provincia por eje temático.',
              'Sistematizar experiencias exitosas de gestión territorial y cooperación descentralizada.',
              'Acordar compromisos de asistencia técnica, capacitación y financiamiento con los socios.',
            ],
          },
        ]),
        section('methodology', 'Metodología', [
          p(
            'Cada eje temático abrió con una conferencia magistral, siguió un panel de tres intervenciones y cerró con un diálogo abierto. Los conversatorios se realizaron en línea, con un tablero colaborativo donde cada provincia registró sus aportes.',
          ),
          {
            kind: 'list',
            items: [
              'Prefectas y prefectos',
              'Equipos técnicos provinciales',
              'Juntas parroquiales rurales',
              'Socios de la cooperación internacional',
              'Academia y sociedad civil',
            ],
          },
        ]),
      ],
    ),
    section('agenda', 'Agenda', [
      p('Horario de Ecuador continental (GMT−5).'),
      {
        kind: 'table',
        columns: ['Día', 'Hora', 'Sesión', 'Eje', 'Participantes'],
        widths: [2, 1.3, 4, 2.5, 4],
        rows: sessions.map((session) => [session.day, session.time, session.title, session.theme, session.people]),
      },
    ]),
    section(
      'ponencias',
      'Ponencias',
      [],
      THEMES.map((theme, t) =>
        section(
          `ponencias-${theme.key}`,
          theme.name,
          [],
          [
            section(`session-${t}-conference`, `Conferencia magistral: ${theme.name}`, [
              p(
                `Una mirada comparada a las políticas de ${theme.name.toLowerCase()} en América Latina y su aplicación en los territorios del Ecuador.`,
              ),
              {
                kind: 'facts',
                entries: [{ label: 'Conferencista', value: `${PEOPLE[t]}, directora de proyectos, ${ORGANIZATIONS[t + 1]}` }],
              },
            ]),
            section(`session-${t}-panel`, `Panel: experiencias provinciales en ${theme.name.toLowerCase()}`, [
              {
                kind: 'facts',
                entries: [
                  { label: 'Panelista', value: `${PEOPLE[(t + 2) % PEOPLE.length]}, Prefectura de ${PROVINCES[t * 3][1]}` },
                  { label: 'Panelista', value: `${PEOPLE[(t + 3) % PEOPLE.length]}, ${ORGANIZATIONS[(t + 4) % ORGANIZATIONS.length]}` },
                  { label: 'Panelista', value: `${PEOPLE[(t + 5) % PEOPLE.length]}, Universidad de Cuenca` },
                  { label: 'Moderación', value: 'Por confirmar' },
                ],
              },
            ]),
          ],
        ),
      ),
    ),
    section('conversatorios', 'Conversatorios', [], conversatorios),
    section(
      'roadmap-by-province',
      'Hoja de ruta por provincia',
      [],
      roadmapProvinces.map(([code, name]) =>
        section(`roadmap-province-${code}`, name, [
          itemTable(
            allItems.filter((item) => item.province === name),
            'theme',
          ),
        ]),
      ),
    ),
    section(
      'roadmap-by-theme',
      'Hoja de ruta por eje temático',
      [],
      THEMES.map((theme) =>
        section(`roadmap-theme-${theme.key}`, theme.name, [
          itemTable(
            allItems.filter((item) => item.theme === theme.name),
            'province',
          ),
        ]),
      ),
    ),
    section(
      'annexes',
      'Anexos',
      [],
      [
        section('annex-provinces', 'Provincias participantes', [
          {
            kind: 'table',
            columns: ['Código', 'Provincia', 'Gobierno provincial'],
            widths: [1, 3, 4],
            rows: PROVINCES.map(([code, name]) => [code, name, name === 'Galápagos' ? '—' : `Prefectura de ${name}`]),
          },
        ]),
        section('annex-organizations', 'Organizaciones', [
          {
            kind: 'table',
            columns: ['Organización', 'Tipo'],
            widths: [5, 2],
            rows: [
              ...ORGANIZATIONS.map((name, i) => [
                name,
                i === 0 ? 'Gremio de gobiernos provinciales' : i < 7 ? 'Cooperación internacional' : 'Academia',
              ]),
              [HOSTILE.script, HOSTILE.formula],
            ],
          },
        ]),
      ],
    ),
  ];

  return {
    language: 'es',
    title: 'Memoria de trabajo',
    subtitle: 'Foro Nacional de Gobiernos Provinciales 2026',
    scopeLabel: 'Todo el foro',
    versionLabel: 'Borrador generado el 24 de noviembre de 2026',
    cover: {
      lines: [
        'Paradiplomacia, territorio y cooperación: hacia una hoja de ruta provincial',
        '24–26 de noviembre de 2026',
        'Virtual · Plataforma Ruta',
      ],
      organizers: [
        'Consorcio de Gobiernos Autónomos Provinciales del Ecuador (CONGOPE)',
        'Agencia Española de Cooperación Internacional para el Desarrollo (AECID)',
      ],
    },
    labels: { contents: 'Contenido', page: 'Página', of: 'de' },
    sections,
  };
}

import type pg from 'pg';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { withClient } from '../../libs/server/testing/src/with-client.ts';

/** The size of the large forum the benchmarks run on. */
export const SIZE = {
  conversatorios: 40,
  contributions: 20_000,
  actionItems: 3_000,
  commitments: 1_000,
  documents: 100,
  searchableRows: 100_000,
};

const WORDS = [
  'cooperación',
  'descentralizada',
  'riego',
  'páramos',
  'cuencas',
  'turismo',
  'comunitario',
  'género',
  'juventud',
  'vialidad',
  'producción',
  'agroecología',
  'exportación',
  'café',
  'cacao',
  'pesca',
  'artesanal',
  'formación',
  'capacitación',
  'financiamiento',
  'proyectos',
  'hermanamiento',
  'municipios',
  'prefectura',
  'gestión',
  'ambiental',
  'cambio',
  'climático',
  'adaptación',
  'energía',
  'solar',
  'agua',
  'potable',
  'saneamiento',
  'migración',
  'retorno',
  'emprendimiento',
  'mujeres',
  'rurales',
  'innovación',
  'tecnología',
  'conectividad',
  'educación',
  'salud',
  'nutrición',
  'patrimonio',
  'cultural',
  'bosques',
  'manglares',
  'biodiversidad',
];

/** A Spanish-looking sentence from a seed (deterministic). */
function sentence(seed: number, words = 18): string {
  let state = seed * 2_654_435_761;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state;
  };
  const chosen = Array.from({ length: words }, () => WORDS[next() % WORDS.length]);
  chosen[0] = chosen[0][0].toUpperCase() + chosen[0].slice(1);
  return `${chosen.join(' ')}.`;
}

/** Contributions, spread over the conversatorios and their provinces (sentences from `from`). */
async function insertContributions(client: pg.Client, authorId: string, from: number, count: number): Promise<void> {
  const conversatorios = (
    await client.query(
      `SELECT c.id, array_agg(cp.province_code::text ORDER BY cp.province_code) AS codes
         FROM conversatorio c JOIN conversatorio_province cp ON cp.conversatorio_id = c.id GROUP BY c.id ORDER BY c.id`,
    )
  ).rows as Array<{ id: string; codes: string[] }>;
  const types = ['IDEA', 'PROPOSAL', 'AGREEMENT', 'NEED', 'QUESTION', 'RISK'];
  for (let start = from; start < from + count; start += 5_000) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let index = start; index < Math.min(start + 5_000, from + count); index += 1) {
      const conversatorio = conversatorios[index % conversatorios.length];
      const base = values.length;
      values.push(
        conversatorio.id,
        conversatorio.codes[index % conversatorio.codes.length],
        authorId,
        types[index % types.length],
        sentence(index, 12 + (index % 20)),
      );
      tuples.push(`($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}::contribution_type, $${base + 5}, 1)`);
    }
    await client.query(
      `INSERT INTO contribution (conversatorio_id, province_code, author_id, type, body, version) VALUES ${tuples.join(',')}`,
      values,
    );
  }
}

/** Grows the searchable rows (contributions, action items, documents) to `SIZE.searchableRows`, for the search benchmark. */
export async function growSearchableRows(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const analyst = (await client.query(`SELECT id FROM app_user WHERE email = 'analista@demo.ruta.ec'`)).rows[0].id as string;
    const count = async () =>
      Number(
        (
          await client.query(
            `SELECT ((SELECT count(*) FROM contribution) + (SELECT count(*) FROM action_item) + (SELECT count(*) FROM document))::int AS n`,
          )
        ).rows[0].n,
      );
    const missing = SIZE.searchableRows - (await count());
    if (missing > 0) await insertContributions(client, analyst, SIZE.contributions, missing);
    await client.query('ANALYZE contribution');
    return count();
  });
}

/**
 * Fills a database that has the forum seed (start the built server on it once) with a large
 * forum: conversatorios, contributions, action items with sources and co-provinces, commitments,
 * documents with real Yjs content, and extra contributions up to the searchable rows wanted.
 */
export async function generate(url: string, root: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
    const analyst = (await q(`SELECT id FROM app_user WHERE email = 'analista@demo.ruta.ec'`)).rows[0].id as string;
    await q('BEGIN');
    // Conversatorios: three provinces each, all open.
    await q(
      `INSERT INTO conversatorio (theme_id, title, purpose, starts_at, ends_at, status, version)
       SELECT (SELECT id FROM theme ORDER BY position OFFSET (g % 4) LIMIT 1), 'Conversatorio de prueba ' || g, 'Propósito ' || g,
              timestamptz '2023-03-28 15:00Z' + g * interval '1 hour', timestamptz '2023-03-28 16:00Z' + g * interval '1 hour', 'OPEN', 1
         FROM generate_series(1, $1) g`,
      [SIZE.conversatorios - 4],
    );
    await q(`UPDATE conversatorio SET status = 'OPEN'`);
    await q(
      `INSERT INTO conversatorio_province (conversatorio_id, province_code)
       SELECT c.id, p.code FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM conversatorio c
                                  WHERE NOT EXISTS (SELECT 1 FROM conversatorio_province x WHERE x.conversatorio_id = c.id)) c
         JOIN LATERAL (SELECT code FROM province ORDER BY code OFFSET (c.n % 22) LIMIT 3) p ON true`,
    );
    await insertContributions(client, analyst, 0, SIZE.contributions);
    // Action items with their sources and co-provinces.
    await q(
      `INSERT INTO action_item (title, description, theme_id, lead_province_code, priority, status, progress, proposed_by_id, version)
       SELECT 'Acción ' || g || ': ' || (ARRAY['riego','turismo','vialidad','formación','agua','energía'])[1 + g % 6] || ' provincial',
              'Descripción de la acción ' || g, (SELECT id FROM theme ORDER BY position OFFSET (g % 4) LIMIT 1),
              (SELECT code FROM province ORDER BY code OFFSET (g % 24) LIMIT 1),
              (ARRAY['HIGH','MEDIUM','LOW'])[1 + g % 3]::priority,
              (ARRAY['AGREED','IN_PROGRESS','DONE','PROPOSED'])[1 + g % 4]::action_item_status, (g * 7) % 101, $2, 1
         FROM generate_series(1, $1) g`,
      [SIZE.actionItems, analyst],
    );
    await q(
      `INSERT INTO action_item_co_province (action_item_id, province_code)
       SELECT i.id, p.code FROM (SELECT id, lead_province_code, row_number() OVER (ORDER BY id) AS n FROM action_item) i
         JOIN LATERAL (SELECT code FROM province WHERE code <> i.lead_province_code ORDER BY code OFFSET (i.n % 20) LIMIT 1 + i.n % 2) p ON true
       ON CONFLICT DO NOTHING`,
    );
    await q(
      `INSERT INTO action_item_source (action_item_id, contribution_id, linked_by_id)
       SELECT i.id, c.id, $1 FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM action_item) i
         JOIN LATERAL (SELECT id FROM contribution ORDER BY id OFFSET (i.n * 5) LIMIT 1 + i.n % 3) c ON true
       ON CONFLICT DO NOTHING`,
      [analyst],
    );
    // Commitments with partner organisations.
    await q(
      `INSERT INTO commitment (action_item_id, organization_id, kind, direction, description, status, created_by_id, version)
       SELECT i.id, o.id, (enum_range(NULL::commitment_kind))[1 + g % 6], 'REQUEST', 'Compromiso ' || g,
              (ARRAY['PROPOSED','ACCEPTED','FULFILLED'])[1 + g % 3]::commitment_status, $2, 1
         FROM generate_series(1, $1) g
         JOIN LATERAL (SELECT id FROM action_item ORDER BY id OFFSET (g * 3) % 3000 LIMIT 1) i ON true
         JOIN LATERAL (SELECT id FROM organization WHERE kind NOT IN ('GAD_PROVINCIAL', 'CONGOPE') ORDER BY id OFFSET g % 15 LIMIT 1) o ON true`,
      [SIZE.commitments, analyst],
    );
    await q('COMMIT');

    // Documents: an outcome document per conversatorio and ponencias for talks, with real content.
    const dist = (file: string) => pathToFileURL(path.join(root, 'dist/server', file)).href;
    const { documentSchema } = (await import(dist('libs/shared/editor-schema/src/index.js'))) as { documentSchema: unknown };
    const { prosemirrorJSONToYDoc } = (await import('@tiptap/y-tiptap')) as {
      prosemirrorJSONToYDoc: (schema: unknown, json: unknown, field: string) => Y.Doc;
    };
    await q(
      `INSERT INTO document (kind, title, conversatorio_id, theme_id)
       SELECT 'OUTCOME', 'Relatoría: ' || c.title, c.id, c.theme_id FROM conversatorio c
        WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.conversatorio_id = c.id)`,
    );
    const have = Number((await q('SELECT count(*)::int AS n FROM document')).rows[0].n);
    const panels = (await q(`SELECT id FROM agenda_session WHERE kind = 'PANEL' ORDER BY starts_at`)).rows as Array<{ id: string }>;
    for (let index = 0; have + index < SIZE.documents; index += 1) {
      const session = panels[index % panels.length].id;
      const slot = (
        await q(
          `INSERT INTO session_speaker (session_id, role, position) VALUES ($1, 'PANELIST', (SELECT coalesce(max(position), -1) + 1 FROM session_speaker WHERE session_id = $1)) RETURNING id`,
          [session],
        )
      ).rows[0].id as string;
      await q(`INSERT INTO document (kind, title, session_speaker_id) VALUES ('PONENCIA', 'Ponencia de prueba ' || $2, $1)`, [slot, index]);
    }
    const documents = (await q('SELECT id FROM document ORDER BY id')).rows as Array<{ id: string }>;
    for (const [index, { id }] of documents.entries()) {
      const paragraphs = Array.from({ length: 12 }, (_, n) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: sentence(index * 100 + n, 30) }],
      }));
      const json = {
        type: 'doc',
        content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Síntesis' }] }, ...paragraphs],
      };
      const doc = prosemirrorJSONToYDoc(documentSchema, json, 'default');
      const text = paragraphs.map((paragraph) => paragraph.content[0].text).join('\n');
      await q(`UPDATE document SET state = $2, plain_text = $3, html = $4, markdown = $3, content_updated_at = now() WHERE id = $1`, [
        id,
        Buffer.from(Y.encodeStateAsUpdate(doc)),
        `Síntesis\n${text}`,
        `<h2>Síntesis</h2>${paragraphs.map((paragraph) => `<p>${paragraph.content[0].text}</p>`).join('')}`,
      ]);
      doc.destroy();
    }
    await q('ANALYZE');
    const counts = (
      await q(`SELECT (SELECT count(*) FROM conversatorio)::int AS conversatorios, (SELECT count(*) FROM contribution)::int AS contributions,
                      (SELECT count(*) FROM action_item)::int AS "actionItems", (SELECT count(*) FROM commitment)::int AS commitments,
                      (SELECT count(*) FROM document)::int AS documents`)
    ).rows[0] as Record<string, number>;
    return { ...counts, searchableRows: counts.contributions + counts.actionItems + counts.documents };
  });
}

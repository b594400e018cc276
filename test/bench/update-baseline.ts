// The G3 baseline: bare node:http and pg doing what `updateActionItem` does, statement for statement
// (the list the server sends for a generated item, read from its SQL log): the session lookup, then
// in one transaction the visibility check, the row lock, the item with its co-provinces (TypeORM
// reads it in two statements: the distinct ids, then the rows), the references' checks, the
// versioned UPDATE, the history entry and the item as returned: 12 statements for a generated item.
// Hand-written SQL, one round trip each, so the ratio measures the stack (Nest, Apollo, TypeORM),
// not the SQL. G3's "SQL statements per update" row shows whether the two still match.
// Usage: node update-baseline.ts <port> <database url>
import { createServer } from 'node:http';
import pg from 'pg';
import { hashSessionToken } from './context.ts';

const [port, url] = process.argv.slice(2);
// Dates as sent, like TypeORM's `date` columns.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
const pool = new pg.Pool({ connectionString: url, max: 10 });
let statements = 0;
const MINUTE = 60_000;

interface Item {
  id: string;
  title: string;
  description: string;
  theme_id: string;
  competency_key: string | null;
  lead_province_code: string;
  responsible_organization_id: string | null;
  focal_point_id: string | null;
  priority: string;
  start_date: string | null;
  due_date: string | null;
  status: string;
  status_reason: string | null;
  progress: number;
  indicators: unknown[];
  budget_usd: string | null;
  sdg_numbers: number[];
  version: number;
  co_provinces: string[];
}

class Failure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

async function update(token: string, id: string, expectedVersion: number, progress: number) {
  const query = <R extends pg.QueryResultRow>(client: pg.PoolClient | pg.Pool, text: string, values: unknown[] = []) => {
    statements += 1;
    return client.query<R>(text, values);
  };
  const session = (
    await query<{ id: string; user_id: string; last_seen_at: Date; role: string; disabled_at: Date | null }>(
      pool,
      `SELECT s.id, s.user_id, s.token_hash, s.created_at, s.last_seen_at, s.revoked_at, s.user_agent, s.ip,
              u.id AS person_id, u.email, u.display_name, u.role, u.province_code, u.organization_id, u.disabled_at,
              u.last_sign_in_at, u.created_at AS person_created_at, u.updated_at AS person_updated_at
         FROM session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.revoked_at IS NULL`,
      [hashSessionToken(token)],
    )
  ).rows[0];
  if (!session || session.disabled_at || !['ANALYST', 'ADMIN'].includes(session.role)) throw new Failure('UNAUTHENTICATED');
  if (Date.now() - session.last_seen_at.getTime() > MINUTE)
    await query(pool, 'UPDATE session SET last_seen_at = now() WHERE id = $1', [session.id]);

  const client = await pool.connect();
  try {
    await query(client, 'BEGIN');
    const visible = await query(client, 'SELECT EXISTS (SELECT 1 FROM action_item WHERE id = $1) AS visible', [id]);
    if (!visible.rows[0].visible) throw new Failure('NOT_FOUND');
    await query(client, 'SELECT 1 FROM action_item WHERE id = $1 FOR UPDATE', [id]);
    await query(
      client,
      `SELECT DISTINCT i.id FROM action_item i LEFT JOIN action_item_co_province co ON co.action_item_id = i.id
         LEFT JOIN province p ON p.code = co.province_code WHERE i.id = $1 ORDER BY i.id LIMIT 1`,
      [id],
    );
    const current = (
      await query<Item>(
        client,
        `SELECT i.*, coalesce(array_agg(p.code ORDER BY p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS co_provinces
           FROM action_item i LEFT JOIN action_item_co_province co ON co.action_item_id = i.id
           LEFT JOIN province p ON p.code = co.province_code WHERE i.id = $1 GROUP BY i.id`,
        [id],
      )
    ).rows[0];
    if (current.version !== expectedVersion) throw new Failure('VERSION_CONFLICT');
    // The references the item names must exist (as checkContent does).
    await query(client, 'SELECT EXISTS (SELECT 1 FROM theme WHERE id = $1)', [current.theme_id]);
    if (current.competency_key) await query(client, 'SELECT EXISTS (SELECT 1 FROM competency WHERE key = $1)', [current.competency_key]);
    await query(client, 'SELECT count(*) FROM province WHERE code = ANY($1)', [[current.lead_province_code, ...current.co_provinces]]);
    if (current.responsible_organization_id)
      await query(client, 'SELECT EXISTS (SELECT 1 FROM organization WHERE id = $1)', [current.responsible_organization_id]);
    if (current.focal_point_id) await query(client, 'SELECT * FROM app_user WHERE id = $1 LIMIT 1', [current.focal_point_id]);
    const updated = await query(
      client,
      `UPDATE action_item SET title = $1, description = $2, theme_id = $3, competency_key = $4, lead_province_code = $5,
              responsible_organization_id = $6, focal_point_id = $7, priority = $8, start_date = $9, due_date = $10,
              indicators = $11, budget_usd = $12, sdg_numbers = $13, status = $14, status_reason = $15, progress = $16,
              version = version + 1, updated_at = CURRENT_TIMESTAMP
        WHERE id = $17 AND version = $18`,
      [
        current.title,
        current.description,
        current.theme_id,
        current.competency_key,
        current.lead_province_code,
        current.responsible_organization_id,
        current.focal_point_id,
        current.priority,
        current.start_date,
        current.due_date,
        JSON.stringify(current.indicators),
        current.budget_usd,
        current.sdg_numbers,
        current.status,
        current.status_reason,
        progress,
        id,
        expectedVersion,
      ],
    );
    if (updated.rowCount !== 1) throw new Failure('VERSION_CONFLICT');
    const changes = current.progress === progress ? {} : { progress: { before: current.progress, after: progress } };
    await query(
      client,
      `INSERT INTO history_entry (entity_type, entity_id, actor_id, action, changes) VALUES ('action_item', $1, $2, 'updated', $3)
       RETURNING id, changes, at`,
      [id, session.user_id, JSON.stringify(changes)],
    );
    // The item as returned, with its relations and co-provinces, in one statement (as the server
    // now reads it; it keeps the SDG list in memory).
    const item = (
      await query<{ id: string; version: number; progress: number; updated_at: Date }>(
        client,
        `SELECT i.*, t.name AS theme_name, t.key AS theme_key, t.description AS theme_description, t.position AS theme_position,
                p.name AS province_name, p.capital, p.region, p.has_prefectura,
                u.display_name AS proposed_by_name, c.name AS competency_name, c.legal_basis,
                o.name AS organization_name, o.short_name, o.kind, f.display_name AS focal_point_name,
                m.title AS merged_into_title, m.status AS merged_into_status,
                (SELECT coalesce(json_agg(json_build_object('code', cp.code, 'name', cp.name, 'capital', cp.capital, 'region', cp.region,
                                                            'hasPrefectura', cp.has_prefectura) ORDER BY cp.code), '[]')
                   FROM action_item_co_province co JOIN province cp ON cp.code = co.province_code WHERE co.action_item_id = i.id) AS co_provinces
           FROM action_item i JOIN theme t ON t.id = i.theme_id JOIN province p ON p.code = i.lead_province_code
           JOIN app_user u ON u.id = i.proposed_by_id LEFT JOIN competency c ON c.key = i.competency_key
           LEFT JOIN organization o ON o.id = i.responsible_organization_id LEFT JOIN app_user f ON f.id = i.focal_point_id
           LEFT JOIN action_item m ON m.id = i.merged_into_id
          WHERE i.id = $1`,
        [id],
      )
    ).rows[0];
    await query(client, 'COMMIT');
    return { id: item.id, version: item.version, progress: item.progress, updatedAt: item.updated_at.toISOString() };
  } catch (error) {
    await query(client, 'ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/statements') {
    response.end(String(statements));
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const reply = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    const { variables } = JSON.parse(Buffer.concat(chunks).toString()) as {
      variables: { id: string; input: { expectedVersion: number; progress: number } };
    };
    update(token, variables.id, variables.input.expectedVersion, variables.input.progress).then(
      (updateActionItem) => reply({ data: { updateActionItem } }),
      (error: Error) =>
        error instanceof Failure
          ? reply({ data: null, errors: [{ message: error.code, extensions: { code: error.code } }] })
          : (response.writeHead(500), response.end(error.message)),
    );
  });
}).listen(Number(port), '127.0.0.1', () => console.log('baseline ready'));

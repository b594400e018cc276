// The G1 baseline: bare node:http and pg serving the action item page the GraphQL API serves,
// from one hand-written SQL statement. Usage: node baseline-server.ts <port> <database url>
import { createServer } from 'node:http';
import pg from 'pg';

const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });

const PAGE = `
SELECT json_build_object('data', json_build_object('actionItems', json_build_object('nodes', coalesce(json_agg(page), '[]')))) AS body
  FROM (
    SELECT i.id, i.title, i.status, i.progress,
           json_build_object('code', p.code, 'name', p.name) AS "leadProvince",
           (SELECT coalesce(json_agg(json_build_object('id', c.id, 'status', c.status, 'organization', json_build_object('id', o.id, 'name', o.name)) ORDER BY c.created_at), '[]')
              FROM commitment c JOIN organization o ON o.id = c.organization_id WHERE c.action_item_id = i.id) AS commitments,
           (SELECT coalesce(json_agg(json_build_object('id', s.id, 'body', s.body, 'province', json_build_object('code', sp.code, 'name', sp.name))), '[]')
              FROM action_item_source x JOIN contribution s ON s.id = x.contribution_id JOIN province sp ON sp.code = s.province_code
             WHERE x.action_item_id = i.id) AS sources
      FROM action_item i JOIN province p ON p.code = i.lead_province_code
     WHERE i.merged_into_id IS NULL
       AND (i.lead_province_code = $1 OR EXISTS (SELECT 1 FROM action_item_co_province co WHERE co.action_item_id = i.id AND co.province_code = $1))
     ORDER BY i.updated_at DESC, i.id
     LIMIT $2) page`;

createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    pool.query(PAGE, ['01', 50]).then(
      ({ rows }) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(rows[0].body));
      },
      (error: Error) => {
        response.writeHead(500);
        response.end(error.message);
      },
    );
  });
}).listen(Number(port), '127.0.0.1', () => console.log('baseline ready'));

import { baseTables } from '@ruta/server-core';
import type { DataSource } from 'typeorm';

/** Tables whose rows change on any signed-in request (a session's last use) or are bookkeeping. */
const VOLATILE = new Set(['session', 'migrations', 'typeorm_metadata']);

/**
 * A digest of every table's content: equal before and after a request means the request changed
 * nothing. One md5 per table, over its rows as text in a stable order.
 */
export async function databaseDigest(db: DataSource): Promise<Record<string, string>> {
  const tables = (await baseTables(db)).filter((name) => !VOLATILE.has(name));
  const digest: Record<string, string> = {};
  for (const table of tables) {
    const [{ md5 }] = (await db.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${table}" t`,
    )) as Array<{
      md5: string;
    }>;
    digest[table] = md5;
  }
  return digest;
}

import pg from 'pg';

/**
 * Runs some work on one connection to a database, then closes it. (No imports of the project's
 * own: the benchmarks, run by plain Node, import this file directly.)
 */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

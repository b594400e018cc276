/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
interface Queryable {
  query(sql: string): Promise<unknown>;
}

/** The tables of the current schema, by name (what exports and database digests go through). */
export async function baseTables(db: Queryable): Promise<string[]> {
  const rows = (await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as Array<{ name: string }>;
  return rows.map((row) => row.name);
}

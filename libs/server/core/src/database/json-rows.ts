import { createHash } from 'node:crypto';
import type { EntityManager, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

type ColumnMetadata = EntityMetadata['columns'][number];

/*
 * Rows read as JSON built by PostgreSQL. For lists read on every page view (action items,
 * commitments, contributions), PostgreSQL assembles each row with its related rows as one JSON
 * value and `pg` parses it natively: no cartesian joins for TypeORM to regroup, no per-column
 * hydration. The objects have the entities' property names, so the models are mapped from them as
 * from entities. Writes keep using the entities.
 */

/**
 * `json_build_object(...)` of an entity's columns (or only some) under their property names, for
 * a row aliased `alias`. Column names come from TypeORM's metadata, never from input.
 */
export function jsonObject(metadata: EntityMetadata, alias: string, only?: readonly string[]): string {
  const columns = metadata.nonVirtualColumns.filter((column) => (only ? only.includes(column.propertyName) : column.isSelect));
  if (only && columns.length !== only.length) throw new Error(`${metadata.name}: unknown column among ${only.join(', ')}`);
  return `json_build_object(${columns.map((column) => `'${column.propertyName}', "${alias}"."${column.databaseName}"`).join(', ')})`;
}

/**
 * One related row as JSON, or null when there is none:
 * `(SELECT json_build_object(…) FROM <table> <alias> WHERE <condition>)`.
 */
export function relatedJson(metadata: EntityMetadata, alias: string, condition: string, only?: readonly string[]): string {
  return `(SELECT ${jsonObject(metadata, alias, only)} FROM ${metadata.tablePath} ${alias} WHERE ${condition})`;
}

const dateColumnsByEntity = new WeakMap<EntityMetadata, ColumnMetadata[]>();

function isTimestamp(column: ColumnMetadata): boolean {
  return column.isCreateDate || column.isUpdateDate || column.type === Date || /^timestamp/.test(String(column.type));
}

/**
 * Gives a JSON row (from `jsonObject`) the values TypeORM would have: timestamps as `Date`s
 * (JSON carries them as ISO strings). `date` columns stay 'YYYY-MM-DD' strings, as in the
 * entities. Changes the object in place and returns it.
 */
export function fromJson<T>(metadata: EntityMetadata, row: Record<string, unknown>): T {
  let dateColumns = dateColumnsByEntity.get(metadata);
  if (!dateColumns) {
    dateColumns = metadata.nonVirtualColumns.filter(isTimestamp);
    dateColumnsByEntity.set(metadata, dateColumns);
  }
  for (const { propertyName } of dateColumns) {
    const value = row[propertyName];
    if (typeof value === 'string') row[propertyName] = new Date(value);
  }
  return row as T;
}

/**
 * Runs a query builder's statement as a named prepared statement on the manager's connection (or
 * one from the pool): PostgreSQL parses and plans each distinct statement once per connection
 * instead of on every request. For statements read on every page view; their text must not
 * depend on the number of values (`= ANY(CAST(:ids AS uuid[]))`, not `IN (:...ids)`), so that
 * each connection keeps a handful of them.
 */
export async function preparedRows<T>(manager: EntityManager, query: SelectQueryBuilder<ObjectLiteral>): Promise<T[]> {
  const [text, values] = query.getQueryAndParameters();
  let name = statementNames.get(text);
  if (!name) {
    name = `ruta_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as { query: (config: QueryConfig) => Promise<{ rows: T[] }> };
    manager.connection.logger.logQuery(text, values, runner);
    return (await client.query({ name, text, values })).rows;
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}

interface QueryConfig {
  name: string;
  text: string;
  values: unknown[];
}

const statementNames = new Map<string, string>();

/**
 * JSON selections built from parts, each part read only when a query asks for one of the model
 * fields that need it (`requestedFields`): a page asking for titles does not make PostgreSQL build,
 * and Node parse, every related row. Each distinct selection is built once; there are at most
 * 2^parts of them, so prepared statements stay few whatever the queries.
 */
export class PartialSelections<Part extends string> {
  private readonly built = new Map<string, string>();

  /**
   * @param optional each optional part, with the model fields that need it
   * @param build the selection for a set of optional parts (the other parts always included)
   */
  constructor(
    private readonly optional: Readonly<Record<Part, readonly string[]>>,
    private readonly build: (parts: ReadonlySet<Part>) => string,
  ) {}

  /** The selection for the fields asked for; every part when they are not known. */
  for(requested?: ReadonlySet<string>): string {
    const parts = (Object.keys(this.optional) as Part[]).filter(
      (part) => !requested || this.optional[part].some((field) => requested.has(field)),
    );
    const key = parts.join(',');
    let selection = this.built.get(key);
    if (selection === undefined) {
      selection = this.build(new Set(parts));
      this.built.set(key, selection);
    }
    return selection;
  }
}

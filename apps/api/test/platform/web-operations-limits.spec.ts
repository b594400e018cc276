import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { operationLimitsRule } from '@ruta/server-core';

/**
 * The request limits must never refuse the web app: every operation it sends (the documents the
 * GraphQL code generator collected) passes them, against the committed schema.
 */
describe('the web app’s operations and the request limits', () => {
  const root = path.resolve(import.meta.dirname, '../../../..');
  const schema = buildSchema(readFileSync(path.join(root, 'apps/api/schema.gql'), 'utf8'));
  const source = readFileSync(path.join(root, 'libs/web/data-access/src/gql/gql.ts'), 'utf8');
  const block = source.slice(source.indexOf('type Documents = {'), source.indexOf('};', source.indexOf('type Documents = {')));
  const operations = [...block.matchAll(/^ {2}(['"])(.+?)\1: typeof/gm)].map(
    (match) => JSON.parse(`"${match[2].replace(/"/g, '\\"')}"`) as string,
  );

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('passes every one of them', () => {
    const refused = operations.flatMap((operation) =>
      validate(schema, parse(operation), [operationLimitsRule]).map((error) => `${operation.trim().split('\n')[0]}: ${error.message}`),
    );
    expect(refused).toEqual([]);
  });
});

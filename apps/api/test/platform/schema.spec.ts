import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFile } from 'node:fs/promises';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the committed GraphQL schema (apps/api/schema.gql)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('matches the schema the code builds (run `npm run schema:generate` after changing it)', async () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const committed = await readFile(new URL('../../schema.gql', import.meta.url), 'utf8');
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committed);
  });

  it('names the public contract’s queries and enums exactly', async () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(queries).toEqual(expect.arrayContaining(['event', 'themes', 'agenda', 'provinces', 'competencies', 'sdgs']));
    const kinds = schema.getType('AgendaSessionKind');
    expect(
      kinds && 'getValues' in kinds
        ? kinds
            .getValues()
            .map((value) => value.name)
            .sort()
        : [],
    ).toEqual(['CLOSING', 'KEYNOTE', 'OPENING', 'OPEN_DIALOGUE', 'PANEL']);
  });
});

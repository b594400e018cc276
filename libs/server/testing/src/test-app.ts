import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@ruta/server-core';
import { gql, type GqlOptions, type GqlResponse } from './gql.js';
import { createTestDatabase, type DataSourceFactory } from './test-database.js';

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  databaseUrl: string;
  /** The app's own data source: for arranging what the API cannot (time passing) and checking state. */
  db: DataSource;
  gql<T = Record<string, unknown>>(query: string, options?: GqlOptions): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface TestAppFactories {
  createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication>;
  createDataSource: DataSourceFactory;
}

/**
 * The whole API on a database of its own, listening on a free loopback port: tests talk to it
 * over HTTP like any client.
 */
export async function startTestApp(
  factories: TestAppFactories,
  env: Record<string, string> = {},
  /** `connectThrough` turns the database's URL into the one the app uses (e.g. through a proxy a test can cut). */
  options: { connectThrough?: (url: string) => string } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(factories.createDataSource);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = await factories.createApp(config, options.connectThrough ? options.connectThrough(database.url) : database.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    db: app.get<DataSource>(getDataSourceToken()),
    gql: (query, options) => gql(baseUrl, query, options),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

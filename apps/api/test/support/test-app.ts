import { startTestApp as start, type TestApp } from '@ruta/server-testing';
import { createApp } from '../../src/create-app.js';
import { createDataSource } from '../../src/data-source.js';

export type { TestApp };

/** The whole Ruta API on a fresh copy of the seeded test database. */
export const startTestApp = (env: Record<string, string> = {}, options: { connectThrough?: (url: string) => string } = {}) =>
  start({ createApp, createDataSource }, env, options);

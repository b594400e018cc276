// One Jest run for the whole workspace, in native ESM mode (Nest 12 ships ESM only), with SWC
// compiling TypeScript the same way the server build does (decorators and their metadata).
import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
const { compilerOptions } = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'));

const aliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);

/** @type {import('jest').Config} */
export default {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/e2e/', '<rootDir>/test/scale/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { ...aliases, '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, sourceMaps: 'inline', module: { type: 'es6' } }],
  },
  globalSetup: '<rootDir>/libs/server/testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.mjs',
  testTimeout: 30_000,
  slowTestThreshold: 10,
};

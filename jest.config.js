// One Jest run for the whole workspace, in native ESM mode (Nest 12 ships ESM only), with SWC
// compiling TypeScript the same way the server build does (decorators and their metadata).
// Component tests (`*.spec.tsx`) compile as the web build does (TSX, React's automatic runtime)
// and ask for a browser-like DOM in their docblock (`@jest-environment jsdom`); the rest run in
// Node. One config rather than projects, so test/scale/jest.config.js can keep spreading it.
import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
const { compilerOptions } = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'));

const aliases = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);

const swcOutput = { sourceMaps: 'inline', module: { type: 'es6' } };

/** The web's compiler options (apps/web/tsconfig.json): no decorators, standard class fields, JSX. */
const swcWeb = {
  swcrc: false,
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' }, useDefineForClassFields: true },
    target: swcrc.jsc.target,
  },
  ...swcOutput,
};

/** @type {import('jest').Config} */
export default {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/e2e/', '<rootDir>/test/scale/'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { ...aliases, '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, ...swcOutput }],
    '^.+\\.tsx$': ['@swc/jest', swcWeb],
  },
  setupFiles: ['<rootDir>/libs/web/jsdom-setup.mjs'],
  globalSetup: '<rootDir>/libs/server/testing/src/global-setup.mjs',
  globalTeardown: '<rootDir>/libs/server/testing/src/global-teardown.mjs',
  testTimeout: 30_000,
  slowTestThreshold: 10,
};

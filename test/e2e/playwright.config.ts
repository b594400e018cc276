import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const port = Number(process.env.E2E_PORT ?? 3310);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'ruta-e2e-'));
const root = path.resolve(import.meta.dirname, '../..');

// Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './specs',
  outputDir: path.join(root, 'test-results/e2e'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: path.join(root, 'test-results/e2e/results.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'es-EC',
    timezoneId: 'America/Guayaquil',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium } },
    // The phone emulation renders and scrolls more on two cores: its journeys take about 1.5× the desktop's.
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium }, timeout: 45_000 },
  ],
  webServer: {
    command: 'node dist/server/apps/api/src/main.js',
    cwd: root,
    url: `http://127.0.0.1:${port}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
    env: { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: '' },
  },
});

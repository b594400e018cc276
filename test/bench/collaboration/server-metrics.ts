// What the collaboration benchmarks read of the server under test: its metrics, and the store
// debounce its build passes Hocuspocus.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Instance } from '../../scale/cluster.ts';
import { sleep, waitUntil } from './helpers.ts';

export const metric = (server: Instance, name: string) => server.metric(name);

/** Waits until no store has completed for `quietMs` (a store the last change scheduled included). */
export async function storesSettled(server: Instance, quietMs: number): Promise<number> {
  let value = await metric(server, 'ruta_document_stores_total');
  let since = performance.now();
  const deadline = since + 60_000;
  while (performance.now() - since < quietMs) {
    if (performance.now() > deadline) throw new Error('document stores never settled');
    await sleep(100);
    const now = await metric(server, 'ruta_document_stores_total');
    if (now !== value) [value, since] = [now, performance.now()];
  }
  return value;
}

export async function noConnections(server: Instance): Promise<void> {
  await waitUntil(async () => (await metric(server, 'ruta_collaboration_connections')) === 0, 30_000, 'every connection to close', 50);
}

/** The debounce and maxDebounce the built server passes Hocuspocus. */
export async function storeDebounce(root: string): Promise<{ debounce: number; maxDebounce: number }> {
  const source = await readFile(path.join(root, 'dist/server/libs/server/collaboration/src/collaboration.server.js'), 'utf8');
  const read = (name: string) => {
    const match = new RegExp(`\\b${name}:\\s*([\\d_]+)`).exec(source);
    if (!match) throw new Error(`no ${name} in the collaboration server`);
    return Number(match[1].replaceAll('_', ''));
  };
  return { debounce: read('debounce'), maxDebounce: read('maxDebounce') };
}

// C1–C3: the collaboration server (Hocuspocus on the API's `/collaboration`) under editors typing.
// Every client lives in this process (pinned to the load core), each with a WebSocket of its own as
// a browser tab has, so send and receive times are read from one clock.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Instance } from '../scale/cluster.ts';
import { gql, withClient, startBaseline, type BenchContext } from './context.ts';
import { percentile, record } from './report.ts';

/** Typists per document in C1, and how fast each types. */
const TYPISTS = 5;
const CHARS_PER_SECOND = 5;
/** C1: typing before samples are kept, then typing measured (the same for the server and the baseline). */
const WARMUP_MS = 2_000;
const MEASURE_MS = 15_000;
/**
 * C2: the editing trace, and how many of its edits go in one Yjs transaction (one provider message,
 * one row stored before it is acknowledged). One per transaction, as a keystroke is, takes about
 * 250 s here: the server handles one editor's messages one after another, each waiting for its
 * commit (about 1,000 a second, the server mostly idle). Ten keeps C2 within a minute.
 */
const TRACE_EDITS = 260_000;
const EDITS_PER_TRANSACTION = 10;
/** C3: continuous typing into one document. */
const C3_MS = 60_000;
const C3_CHARS_PER_SECOND = 10;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz     eaiou.,';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A deterministic PRNG (mulberry32) in [0, 1). */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 10): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Runs work over items, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  });
  await Promise.all(lanes);
}

// ---------------------------------------------------------------------------------------------
// Clients

async function ticket(base: string, token: string, documentId: string): Promise<{ token: string; access: string }> {
  const { collaborationTicket } = await gql<{ collaborationTicket: { token: string; access: string } }>(
    base,
    'mutation ($documentId: ID!) { collaborationTicket(documentId: $documentId) { token access } }',
    { documentId },
    token,
  );
  return collaborationTicket;
}

const editable = new WeakMap<BenchContext, Promise<string[]>>();

/** Documents of the generated forum the analyst may edit, in a stable order (C1 takes 24, C2 and C3 one each after those). */
function editableDocuments(context: BenchContext): Promise<string[]> {
  let found = editable.get(context);
  if (!found) {
    found = (async () => {
      const { rows } = await withClient(context.url, (client) => client.query<{ id: string }>('SELECT id FROM document ORDER BY id'));
      const ids: string[] = [];
      for (const { id } of rows) {
        if ((await ticket(context.server.baseUrl, context.token, id)).access === 'EDIT') ids.push(id);
        if (ids.length === 26) return ids;
      }
      throw new Error(`only ${ids.length} documents the analyst may edit; 26 needed`);
    })();
    editable.set(context, found);
  }
  return found;
}

/** A client of a room: its Yjs document, and how to leave. */
interface Peer {
  doc: Y.Doc;
  close(): void;
}

interface Editor extends Peer {
  provider: HocuspocusProvider;
}

/**
 * A Hocuspocus provider connected to the server like the web editor: its own WebSocket, a
 * collaboration ticket asked for at every (re)connection (or the one given). Resolves once synced.
 */
async function openEditor(context: BenchContext, documentId: string, token?: string): Promise<Editor> {
  const doc = new Y.Doc();
  let provider: HocuspocusProvider | undefined;
  const close = () => {
    provider?.destroy();
    doc.destroy();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const state = `socket ${provider?.configuration.websocketProvider.status}, authenticated ${provider?.isAuthenticated}`;
        reject(new Error(`document ${documentId}: not synced within 30 s (${state})`));
      }, 30_000);
      provider = new HocuspocusProvider({
        url: `${context.server.baseUrl.replace(/^http/, 'ws')}/collaboration`,
        name: `document:${documentId}`,
        document: doc,
        token: token ?? (async () => (await ticket(context.server.baseUrl, context.token, documentId)).token),
        // `ws` rather than Node's own WebSocket, as the API's tests do (the option is missing from the type).
        WebSocketPolyfill: WebSocket,
        onSynced: () => {
          clearTimeout(timer);
          resolve();
        },
        onAuthenticationFailed: ({ reason }) => {
          clearTimeout(timer);
          reject(new Error(`document ${documentId}: refused (${reason})`));
        },
      } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    });
  } catch (error) {
    close();
    throw error;
  }
  return { doc, provider: provider!, close };
}

/** Resolves once the server has acknowledged (and so stored) every change of this editor. */
async function saved(editor: Editor, timeoutMs = 30_000): Promise<void> {
  await waitUntil(() => editor.provider.unsyncedChanges === 0, timeoutMs, 'the server to acknowledge every change');
}

/** A client of the baseline relay: a Y.Doc holding the same content, sending its updates' bytes over a plain WebSocket. */
async function openRelayPeer(port: number, room: string, content: Uint8Array): Promise<Peer> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, content);
  const socket = new WebSocket(`ws://127.0.0.1:${port}/${room}`);
  socket.on('error', (error) => console.error(`relay client: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const relayed = Symbol('relay');
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== relayed) socket.send(update);
  });
  socket.on('message', (data: Buffer) => Y.applyUpdate(doc, data, relayed));
  return {
    doc,
    close() {
      socket.close();
      doc.destroy();
    },
  };
}

/** Appends an empty paragraph to a document (as the editor would); its text node. */
function appendParagraph(doc: Y.Doc): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('default').push([paragraph]);
  return text;
}

/** The text node of a document's last paragraph. */
function lastParagraphText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment('default');
  const paragraph = fragment.get(fragment.length - 1) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** The whole document as its XML, for comparing two copies. */
const contentOf = (doc: Y.Doc) => doc.getXmlFragment('default').toString();

// ---------------------------------------------------------------------------------------------
// Server metrics and configuration

const metric = (server: Instance, name: string) => server.metric(name);

/** Waits until no store has completed for `quietMs` (a store the last change scheduled included). */
async function storesSettled(server: Instance, quietMs: number): Promise<number> {
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

async function noConnections(server: Instance): Promise<void> {
  await waitUntil(async () => (await metric(server, 'ruta_collaboration_connections')) === 0, 30_000, 'every connection to close', 50);
}

/** The debounce and maxDebounce the built server passes Hocuspocus. */
async function storeDebounce(root: string): Promise<{ debounce: number; maxDebounce: number }> {
  const source = await readFile(path.join(root, 'dist/server/libs/server/documents/src/collaboration/collaboration.server.js'), 'utf8');
  const read = (name: string) => {
    const match = new RegExp(`\\b${name}:\\s*([\\d_]+)`).exec(source);
    if (!match) throw new Error(`no ${name} in the collaboration server`);
    return Number(match[1].replaceAll('_', ''));
  };
  return { debounce: read('debounce'), maxDebounce: read('maxDebounce') };
}

// ---------------------------------------------------------------------------------------------
// C1: propagation

interface Room {
  label: string;
  peers: Peer[];
}

interface Typist {
  doc: Y.Doc;
  text: Y.XmlText;
  /** When each of its clocks (one per character typed) was typed, performance.now(). */
  sendAt: Float64Array;
  /** Characters typed while measuring, and how many clients must receive each. */
  measured: number;
  receivers: number;
}

/**
 * TYPISTS clients of every room type CHARS_PER_SECOND characters per second each (at random phases,
 * one transaction per character) into a paragraph of their own; every other client of the room
 * records when its Y.Doc applied each character. Returns the samples (ms) per room label, and the
 * share of a core this process (the clients) used meanwhile: the load must not be the bottleneck.
 */
async function propagation(rooms: Room[], seed: number): Promise<{ samples: Map<string, number[]>; loadCpu: number }> {
  const random = prng(seed);
  const capacity = 16 + Math.ceil(((WARMUP_MS + MEASURE_MS) / 1000) * CHARS_PER_SECOND) * 2;
  const typistsOf = new Map<Room, Typist[]>();
  for (const room of rooms) {
    typistsOf.set(
      room,
      room.peers.slice(0, TYPISTS).map((peer) => ({
        doc: peer.doc,
        text: appendParagraph(peer.doc),
        sendAt: new Float64Array(capacity),
        measured: 0,
        receivers: room.peers.length - 1,
      })),
    );
  }
  // Everyone has everyone's paragraph before typing starts.
  await waitUntil(
    () =>
      rooms.every((room) =>
        room.peers.every((peer) =>
          typistsOf
            .get(room)!
            .every((typist) => Y.getState(peer.doc.store, typist.doc.clientID) >= Y.getState(typist.doc.store, typist.doc.clientID)),
        ),
      ),
    30_000,
    'every client to have every paragraph',
  );

  const start = performance.now() + 50;
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + MEASURE_MS;
  const samples = new Map(rooms.map((room) => [room.label, [] as number[]]));
  let delivered = 0;
  const detach: Array<() => void> = [];
  for (const room of rooms) {
    const list = samples.get(room.label)!;
    for (const peer of room.peers) {
      const others = typistsOf.get(room)!.filter((typist) => typist.doc !== peer.doc);
      const seen = others.map((typist) => Y.getState(peer.doc.store, typist.doc.clientID));
      const onUpdate = () => {
        const now = performance.now();
        for (let index = 0; index < others.length; index += 1) {
          const typist = others[index];
          const state = Y.getState(peer.doc.store, typist.doc.clientID);
          for (let clock = seen[index]; clock < state; clock += 1) {
            const at = typist.sendAt[clock];
            if (at >= measureFrom) {
              list.push(now - at);
              delivered += 1;
            }
          }
          seen[index] = state;
        }
      };
      peer.doc.on('update', onUpdate);
      detach.push(() => peer.doc.off('update', onUpdate));
    }
  }
  const cpu = process.cpuUsage();
  const wall = performance.now();
  try {
    const typists = [...typistsOf.values()].flat();
    await Promise.all(
      typists.map(
        (typist) =>
          new Promise<void>((resolve) => {
            const interval = 1000 / CHARS_PER_SECOND;
            let next = start + random() * interval;
            const type = () => {
              if (next >= end) return resolve();
              const clock = Y.getState(typist.doc.store, typist.doc.clientID);
              const at = performance.now();
              typist.sendAt[clock] = at;
              if (at >= measureFrom) typist.measured += 1;
              typist.text.insert(typist.text.length, LETTERS[Math.floor(random() * LETTERS.length)]);
              next += interval;
              setTimeout(type, Math.max(0, next - performance.now()));
            };
            setTimeout(type, Math.max(0, next - performance.now()));
          }),
      ),
    );
    const expected = typists.reduce((sum, typist) => sum + typist.measured * typist.receivers, 0);
    const deadline = performance.now() + 15_000;
    while (delivered < expected) {
      if (performance.now() > deadline) throw new Error(`${expected - delivered} of ${expected} characters never arrived`);
      await sleep(10);
    }
    const used = process.cpuUsage(cpu);
    return { samples, loadCpu: ((used.user + used.system) / 1000 / (performance.now() - wall)) * 100 };
  } finally {
    for (const off of detach) off();
  }
}

/** The rooms of C1: 23 documents with 10 clients each and one with 50. */
const LAYOUT = [
  ...Array.from({ length: 23 }, () => ({ label: '23 documents × 10 clients', clients: 10 })),
  { label: '1 document × 50 clients', clients: 50 },
];

/** C1: how long a character takes to reach the other editors of its document, against a plain WebSocket relay. */
export async function c1(context: BenchContext): Promise<void> {
  const documents = (await editableDocuments(context)).slice(0, LAYOUT.length);
  const peers: Peer[] = [];
  const closeAll = () => peers.splice(0).forEach((peer) => peer.close());
  let server: Awaited<ReturnType<typeof propagation>>;
  let contents: Uint8Array[];
  try {
    const rooms: Room[] = LAYOUT.map(({ label }) => ({ label, peers: [] }));
    const slots = LAYOUT.flatMap(({ clients }, room) => Array.from({ length: clients }, () => room));
    await eachLimited(slots, 16, async (room) => {
      const editor = await openEditor(context, documents[room]);
      peers.push(editor);
      rooms[room].peers.push(editor);
    });
    server = await propagation(rooms, 1);
    // The baseline's clients start from the very same content.
    contents = rooms.map((room) => Y.encodeStateAsUpdate(room.peers[0].doc));
  } finally {
    closeAll();
  }
  // The relay runs on the server's core: let the server finish the stores its editors leaving set off.
  await noConnections(context.server);
  await storesSettled(context.server, 1_000);

  const relay = await startBaseline(context, 'relay-baseline.ts');
  let baseline: Awaited<ReturnType<typeof propagation>>;
  try {
    const rooms: Room[] = LAYOUT.map(({ label }) => ({ label, peers: [] }));
    const slots = LAYOUT.flatMap(({ clients }, room) => Array.from({ length: clients }, () => room));
    await eachLimited(slots, 16, async (room) => {
      const peer = await openRelayPeer(relay.port, `room-${room}`, contents[room]);
      peers.push(peer);
      rooms[room].peers.push(peer);
    });
    baseline = await propagation(rooms, 1);
  } finally {
    closeAll();
    relay.stop();
  }

  for (const label of new Set(LAYOUT.map((room) => room.label))) {
    for (const [p, limit] of [
      [50, 5],
      [99, 30],
    ] as const) {
      const value = percentile(server.samples.get(label)!, p);
      const base = percentile(baseline.samples.get(label)!, p);
      record({
        id: 'C1',
        metric: `propagation p${p}, ${label}, ${TYPISTS} typists × ${CHARS_PER_SECOND} chars/s each`,
        value,
        baseline: base,
        unit: 'ms',
        target: `≤ ${limit} ms and ≤ 3× the baseline`,
        met: value <= limit && value <= 3 * base,
      });
    }
  }
  record({
    id: 'C1',
    metric: 'the clients (this process): share of its core used while typing, against the relay',
    value: server.loadCpu,
    baseline: baseline.loadCpu,
    unit: '%',
    target: 'well under 100 % (the load is not the bottleneck)',
    met: server.loadCpu < 80 && baseline.loadCpu < 80,
  });
}

// ---------------------------------------------------------------------------------------------
// C2: an editing trace

/**
 * A synthetic editing trace of single-character edits, like the real ones (the automerge-paper
 * trace has 259,778): about 70 % inserts and 30 % deletes; the cursor mostly moves as one types
 * (deletes come in backspace runs, about 5 long), and now and then jumps elsewhere to revise.
 * An insert is [position, character], a delete [position, ''] (the character before the cursor).
 */
function editingTrace(edits: number, seed: number): { positions: Int32Array; characters: string[]; length: number } {
  const random = prng(seed);
  const positions = new Int32Array(edits);
  const characters: string[] = [];
  let length = 0;
  let cursor = 0;
  let deleting = false;
  for (let index = 0; index < edits; index += 1) {
    if (random() < 0.004) cursor = Math.floor(random() * (length + 1));
    // A Markov chain: a delete follows a delete with p 0.8, an insert with p 0.0857, so 30 % are deletes.
    deleting = random() < (deleting ? 0.8 : 0.0857) && cursor > 0;
    if (deleting) {
      cursor -= 1;
      length -= 1;
      positions[index] = cursor;
      characters.push('');
    } else {
      positions[index] = cursor;
      characters.push(LETTERS[Math.floor(random() * LETTERS.length)]);
      cursor += 1;
      length += 1;
    }
  }
  return { positions, characters, length };
}

/** Applies a trace to a text, EDITS_PER_TRANSACTION edits per transaction; yields to the event loop now and then when asked. */
async function replay(text: Y.XmlText, trace: ReturnType<typeof editingTrace>, yieldEvery = 0): Promise<void> {
  const doc = text.doc!;
  const { positions, characters } = trace;
  for (let first = 0, batch = 0; first < positions.length; first += EDITS_PER_TRANSACTION, batch += 1) {
    doc.transact(() => {
      for (let index = first; index < Math.min(first + EDITS_PER_TRANSACTION, positions.length); index += 1) {
        if (characters[index]) text.insert(positions[index], characters[index]);
        else text.delete(positions[index], 1);
      }
    });
    if (yieldEvery && batch % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** C2: a long editing trace replayed through the server (stored as it goes), read back, reloaded from the database. */
export async function c2(context: BenchContext): Promise<void> {
  const { server } = context;
  const documentId = (await editableDocuments(context))[24];
  const trace = editingTrace(TRACE_EDITS, 7);
  const open: Editor[] = [];
  const closeAll = () => open.splice(0).forEach((editor) => editor.close());
  try {
    const writer = await openEditor(context, documentId);
    open.push(writer);
    const watcher = await openEditor(context, documentId);
    open.push(watcher);
    const text = appendParagraph(writer.doc);
    await saved(writer);
    await waitUntil(() => contentOf(watcher.doc) === contentOf(writer.doc), 10_000, 'the second client to have the new paragraph');

    // The baseline: the same replay into an in-process Y.Doc with the same content (the median of
    // three: this core is not quiet enough for one).
    const initial = Y.encodeStateAsUpdate(writer.doc);
    const baselines: number[] = [];
    let expected = '';
    for (let round = 0; round < 3; round += 1) {
      const local = new Y.Doc();
      Y.applyUpdate(local, initial);
      const localText = lastParagraphText(local);
      const baselineStarted = performance.now();
      await replay(localText, trace);
      baselines.push(performance.now() - baselineStarted);
      expected = localText.toString();
      local.destroy();
    }
    const baseline = percentile(baselines, 50);
    if (expected.length !== trace.length) throw new Error(`the trace left ${expected.length} characters, not ${trace.length}`);

    // Through the server: sent as fast as the client produces them, until all are acknowledged
    // (stored) and a second client has the same text.
    const watched = lastParagraphText(watcher.doc);
    const cpu = process.cpuUsage();
    const started = performance.now();
    await replay(text, trace, 200);
    await waitUntil(
      () => writer.provider.unsyncedChanges === 0 && watched.length === expected.length && watched.toString() === expected,
      110_000,
      'the replay to be acknowledged and seen by the second client',
      20,
    );
    const elapsed = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const loadCpu = ((used.user + used.system) / 1000 / elapsed) * 100;
    record({
      id: 'C2',
      metric: `replay of ${TRACE_EDITS.toLocaleString('en')} single-character edits (${EDITS_PER_TRANSACTION} per transaction), until acknowledged and seen by a second client`,
      value: elapsed,
      baseline,
      unit: 'ms',
      target: '≤ 4× the baseline (in-process Y.Doc)',
      met: elapsed <= 4 * baseline,
    });
    record({
      id: 'C2',
      metric: 'the clients (this process, both editors): share of its core used during the replay',
      value: loadCpu,
      baseline: null,
      unit: '%',
      target: 'well under 100 % (the load is not the bottleneck)',
      met: loadCpu < 80,
    });

    // A fresh client reads it back.
    const written = contentOf(writer.doc);
    const fresh = await openEditor(context, documentId);
    open.push(fresh);
    let identical = lastParagraphText(fresh.doc).toString() === expected && contentOf(fresh.doc) === written;

    // Reloads: everyone leaves, so Hocuspocus stores the document at once and unloads it; then a
    // client opens it (the server loads it from the database) and a second one joins it, loaded.
    const reloads: number[] = [];
    const joins: number[] = [];
    let state: Uint8Array = new Uint8Array();
    let reloadedLength = 0;
    for (let round = 0; round < 3; round += 1) {
      closeAll();
      await noConnections(server);
      await storesSettled(server, 1_000);
      const reloadToken = (await ticket(server.baseUrl, context.token, documentId)).token;
      const statementsBefore = await metric(server, 'ruta_sql_statements_total');
      const reloadStarted = performance.now();
      const reloaded = await openEditor(context, documentId, reloadToken);
      reloads.push(performance.now() - reloadStarted);
      open.push(reloaded);
      const reloadStatements = (await metric(server, 'ruta_sql_statements_total')) - statementsBefore;
      // Loading reads the database, joining does not: a check that the document was unloaded.
      const joinBefore = await metric(server, 'ruta_sql_statements_total');
      const joinStarted = performance.now();
      open.push(await openEditor(context, documentId, reloadToken));
      joins.push(performance.now() - joinStarted);
      const joinStatements = (await metric(server, 'ruta_sql_statements_total')) - joinBefore;
      if (reloadStatements <= joinStatements)
        throw new Error(`the document was not reloaded from the database (${reloadStatements} statements, ${joinStatements} to join)`);
      const reloadedText = lastParagraphText(reloaded.doc).toString();
      reloadedLength = reloadedText.length;
      identical &&= reloadedText === expected && contentOf(reloaded.doc) === written;
      state = Y.encodeStateAsUpdate(reloaded.doc);
    }
    record({
      id: 'C2',
      metric: 'final text: a fresh client after the replay, and after each reload from the database',
      value: reloadedLength,
      baseline: expected.length,
      unit: 'chars',
      target: 'identical to the baseline every time',
      met: identical,
    });
    const applies: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const probe = new Y.Doc();
      const applyStarted = performance.now();
      Y.applyUpdate(probe, state);
      applies.push(performance.now() - applyStarted);
      probe.destroy();
    }
    record({ id: 'C2', metric: 'the document afterwards: its Yjs state', value: state.length / 1024, baseline: null, unit: 'KiB' });
    record({
      id: 'C2',
      metric: 'the document afterwards: Y.applyUpdate of its state in a new Y.Doc, in process (median of 3)',
      value: percentile(applies, 50),
      baseline: null,
      unit: 'ms',
    });
    record({
      id: 'C2',
      metric: 'reload from the database: a client connects and syncs the unloaded document, median of 3 (baseline: joining it loaded)',
      value: percentile(reloads, 50),
      baseline: percentile(joins, 50),
      unit: 'ms',
      target: '≤ 100 ms',
      met: percentile(reloads, 50) <= 100,
    });
  } finally {
    closeAll();
  }
}

// ---------------------------------------------------------------------------------------------
// C3: stores during continuous typing

/** C3: a minute of continuous typing into one document must not store it more often than maxDebounce allows. */
export async function c3(context: BenchContext): Promise<void> {
  const { server } = context;
  const { debounce, maxDebounce } = await storeDebounce(context.root);
  const documentId = (await editableDocuments(context))[25];
  let editor: Editor | undefined;
  try {
    // Nothing else is storing (earlier benchmarks' last stores included).
    await noConnections(server);
    const before = await storesSettled(server, debounce + 500);
    const appendedBefore = await metric(server, 'ruta_document_updates_stored_total');
    editor = await openEditor(context, documentId);
    const text = appendParagraph(editor.doc);
    const random = prng(3);
    const started = performance.now();
    const interval = 1000 / C3_CHARS_PER_SECOND;
    for (let next = started; next < started + C3_MS; next += interval) {
      await sleep(Math.max(0, next - performance.now()));
      text.insert(text.length, LETTERS[Math.floor(random() * LETTERS.length)]);
    }
    await saved(editor);
    const appended = (await metric(server, 'ruta_document_updates_stored_total')) - appendedBefore;
    // The last editor leaves: its pending store runs at once.
    editor.close();
    editor = undefined;
    await noConnections(server);
    const stores = (await storesSettled(server, 1_000)) - before;
    const limit = Math.floor(C3_MS / maxDebounce) + 2;
    record({
      id: 'C3',
      metric: `document stores during ${C3_MS / 1000} s of typing at ${C3_CHARS_PER_SECOND} chars/s, the last one's included (debounce ${debounce / 1000} s, maxDebounce ${maxDebounce / 1000} s)`,
      value: stores,
      baseline: null,
      unit: 'stores',
      target: `≤ ${C3_MS / 1000} s / maxDebounce + 2 = ${limit}`,
      met: stores <= limit,
    });
    record({
      id: 'C3',
      metric: 'updates stored before acknowledgement (one per character)',
      value: appended,
      baseline: null,
      unit: 'updates',
    });
  } finally {
    editor?.close();
  }
}

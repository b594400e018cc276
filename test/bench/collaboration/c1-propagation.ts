// C1: how long a character typed takes to reach the other editors of its document.
import * as Y from 'yjs';
import { startBaseline, type BenchContext } from '../context.ts';
import { percentile, record } from '../report.ts';
import { appendParagraph, editableDocuments, openEditor, openRelayPeer, type Peer } from './clients.ts';
import { eachLimited, LETTERS, prng, sleep, waitUntil } from './helpers.ts';
import { noConnections, storesSettled } from './server-metrics.ts';

/** Typists per document in C1, and how fast each types. */
const TYPISTS = 5;
const CHARS_PER_SECOND = 5;
/** C1: typing before samples are kept, then typing measured (the same for the server and the baseline). */
const WARMUP_MS = 2_000;
const MEASURE_MS = 15_000;

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

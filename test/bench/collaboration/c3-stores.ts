// C3: document stores during continuous typing.
import type { BenchContext } from '../context.ts';
import { record } from '../report.ts';
import { appendParagraph, editableDocuments, openEditor, saved, type Editor } from './clients.ts';
import { LETTERS, prng, sleep } from './helpers.ts';
import { metric, noConnections, storeDebounce, storesSettled } from './server-metrics.ts';

/** C3: continuous typing into one document. */
const C3_MS = 60_000;
const C3_CHARS_PER_SECOND = 10;

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

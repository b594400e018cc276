import { parentPort } from 'node:worker_threads';
import type { Memoria } from './memoria.model.js';
import { renderMemoriaDocx, renderMemoriaPdf } from './render/index.js';

/** Renders PDF and DOCX off the main thread, so that a large memoria never blocks the API. */
parentPort?.on('message', async ({ format, memoria }: { format: 'pdf' | 'docx'; memoria: Memoria }) => {
  try {
    const buffer = format === 'pdf' ? await renderMemoriaPdf(memoria) : await renderMemoriaDocx(memoria);
    parentPort!.postMessage({ ok: true, bytes: new Uint8Array(buffer) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});

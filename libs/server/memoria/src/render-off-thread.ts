import { Worker } from 'node:worker_threads';
import type { Memoria } from './memoria.model.js';
import { renderMemoriaDocx, renderMemoriaPdf } from './render/index.js';

/**
 * PDF and DOCX rendering is CPU work: in the built server it runs in a worker thread. Under the
 * test runner (TypeScript sources, no compiled worker file) it runs in-process.
 */
export async function renderBinary(format: 'pdf' | 'docx', memoria: Memoria): Promise<Buffer> {
  if (!import.meta.url.endsWith('.js')) return format === 'pdf' ? renderMemoriaPdf(memoria) : renderMemoriaDocx(memoria);
  const worker = new Worker(new URL('./render-worker.js', import.meta.url));
  try {
    return await new Promise<Buffer>((resolve, reject) => {
      worker.once('message', (result: { ok: true; bytes: Uint8Array } | { ok: false; message: string }) =>
        result.ok ? resolve(Buffer.from(result.bytes)) : reject(new Error(result.message)),
      );
      worker.once('error', reject);
      worker.postMessage({ format, memoria });
    });
  } finally {
    await worker.terminate();
  }
}

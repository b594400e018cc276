import { Injectable } from '@nestjs/common';
import type { beforeSyncPayload, Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { DocumentStore } from '@ruta/server-documents';
import { CollaborationMetrics } from './collaboration-metrics.js';
import { documentIdOf, type CollaborationContext } from './collaboration-context.js';

/** y-protocols sync message types that carry document changes. */
const SYNC_STEP_2 = 1;
const UPDATE = 2;

/** Waits between attempts to store an update while the database fails (about 8 s in all). */
const RETRY_DELAYS_MS = [200, 500, 1_000, 2_000, 4_000];

/**
 * Persistence in PostgreSQL. A client's change is appended to `document_update` and committed
 * *before* Hocuspocus applies it and acknowledges it, so "saved" on the client means stored (an
 * edit acknowledged survives `kill -9`). Stores (debounced by Hocuspocus) compact the appended
 * updates into the document's state and refresh its renderings.
 */
@Injectable()
export class PersistenceExtension implements Extension {
  extensionName = 'ruta-persistence';

  /** The stores under way, one at a time in this process (see `onStoreDocument`). */
  private stores: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: DocumentStore,
    private readonly metrics: CollaborationMetrics,
  ) {}

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    const documentId = documentIdOf(documentName);
    if (documentId) await this.store.load(documentId, document);
  }

  async beforeSync({ type, payload, document, connection }: beforeSyncPayload<CollaborationContext>): Promise<void> {
    if ((type !== SYNC_STEP_2 && type !== UPDATE) || connection.readOnly) return;
    // A reconnecting client's first sync repeats what the server has: nothing new to store. (Only
    // checked then: a snapshot costs the document's size, and an update stored twice is harmless,
    // the next compaction folds it in.)
    if (type === SYNC_STEP_2 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return;
    // A database that fails for a moment: try again, holding this client's later messages back
    // (they keep their order) and its acknowledgement (the editor shows the change unsaved). If it
    // still fails, the connection is closed; the editor keeps the change and sends it again when it
    // reconnects.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.store.append(connection.context.documentId, payload);
        break;
      } catch (error) {
        this.metrics.appendFailures += 1;
        if (attempt >= RETRY_DELAYS_MS.length) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
      }
    }
    this.metrics.updatesAppended += 1;
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const documentId = documentIdOf(documentName);
    if (!documentId) return;
    // One store at a time: documents edited together reach their maximum debounce together, and
    // their stores (merge, render, write) all at once held typing back for hundreds of ms
    // (benchmark C1: p99 65-81 ms, one at a time 6-7 ms).
    const run = this.stores.then(() => this.store.compact(documentId, document));
    this.stores = run.catch(() => undefined);
    try {
      await run;
      this.metrics.stores += 1;
    } catch (error) {
      this.metrics.storeFailures += 1;
      throw error;
    }
  }
}

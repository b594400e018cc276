import { Injectable } from '@nestjs/common';
import type { beforeSyncPayload, Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { DocumentStore } from '../document-store.js';
import { CollaborationMetrics } from './collaboration-metrics.js';
import { documentIdOf, type CollaborationContext } from './collaboration-context.js';

/** y-protocols sync message types that carry document changes. */
const SYNC_STEP_2 = 1;
const UPDATE = 2;

/**
 * Persistence in PostgreSQL. A client's change is appended to `document_update` and committed
 * *before* Hocuspocus applies it and acknowledges it, so "saved" on the client means stored (an
 * edit acknowledged survives `kill -9`). Stores (debounced by Hocuspocus) compact the appended
 * updates into the document's state and refresh its renderings.
 */
@Injectable()
export class PersistenceExtension implements Extension {
  extensionName = 'ruta-persistence';

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
    // A reconnecting client's first sync repeats what the server has: nothing new to store.
    if (Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return;
    await this.store.append(connection.context.documentId, payload);
    this.metrics.updatesAppended += 1;
  }

  async onStoreDocument({ documentName, document }: onStoreDocumentPayload): Promise<void> {
    const documentId = documentIdOf(documentName);
    if (!documentId) return;
    try {
      await this.store.compact(documentId, document);
      this.metrics.stores += 1;
    } catch (error) {
      this.metrics.storeFailures += 1;
      throw error;
    }
  }
}

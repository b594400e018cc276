import { Injectable } from '@nestjs/common';
import { Metrics } from '@ruta/server-core';

/** Counters of the collaboration server, exported at `/metrics`. */
@Injectable()
export class CollaborationMetrics {
  connections = 0;
  updatesAppended = 0;
  appendFailures = 0;
  stores = 0;
  storeFailures = 0;

  constructor(metrics: Metrics) {
    metrics.gauge('ruta_collaboration_connections', 'Open collaboration (editor) connections.', () => this.connections);
    metrics.counter('ruta_document_updates_stored_total', 'Editor updates stored before being acknowledged.', () => this.updatesAppended);
    metrics.counter(
      'ruta_document_update_store_failures_total',
      'Attempts to store an editor update that failed (each is retried, then the editor resends).',
      () => this.appendFailures,
    );
    metrics.counter('ruta_document_stores_total', 'Document compactions (state and renderings stored).', () => this.stores);
    metrics.counter(
      'ruta_document_store_failures_total',
      'Document compactions that failed (retried on the next change).',
      () => this.storeFailures,
    );
  }
}

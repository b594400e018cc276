import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { DocumentEntity, DocumentSnapshotEntity } from './document.entity.js';
import { DocumentRenderer } from './document-renderer.js';

/** An automatic snapshot is taken when the last one is older than this and the content changed. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 10 * 60_000;

/**
 * Where a document's Yjs content lives in PostgreSQL. Every update a client sends is appended
 * (and committed) before the client is acknowledged; compaction folds the appended updates into
 * the state in one transaction, so an acknowledged edit is never only in memory.
 */
@Injectable()
export class DocumentStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly renderer: DocumentRenderer,
  ) {}

  /** Appends one update (committed when this resolves). */
  async append(documentId: string, update: Uint8Array): Promise<void> {
    await this.dataSource.query('INSERT INTO document_update (document_id, update) VALUES ($1, $2)', [documentId, Buffer.from(update)]);
  }

  /** The whole content as one update: the compacted state merged with the updates appended since. */
  async read(documentId: string, manager: EntityManager = this.dataSource.manager): Promise<Uint8Array | null> {
    const rows = (await manager.query(
      `SELECT state AS update, 0 AS seq FROM document WHERE id = $1 AND state IS NOT NULL
       UNION ALL SELECT update, seq FROM document_update WHERE document_id = $1 ORDER BY seq`,
      [documentId],
    )) as Array<{ update: Buffer }>;
    if (rows.length === 0) return null;
    return Y.mergeUpdates(rows.map((row) => new Uint8Array(row.update)));
  }

  /** Loads a document's content into a Yjs document. */
  async load(documentId: string, into: Y.Doc): Promise<void> {
    const update = await this.read(documentId);
    if (update) Y.applyUpdate(into, update);
  }

  /**
   * Folds the appended updates and the live document into the stored state, deletes the folded
   * updates, refreshes the renderings, and takes an automatic snapshot when one is due. All in one
   * transaction: a crash leaves either the old state and its updates, or the new state.
   */
  async compact(documentId: string, live: Y.Doc): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM document WHERE id = $1 FOR UPDATE', [documentId]);
      const stored = await this.read(documentId, manager);
      const merged = stored ? Y.mergeUpdates([stored, Y.encodeStateAsUpdate(live)]) : Y.encodeStateAsUpdate(live);
      const folded = (await manager.query('SELECT max(seq) AS seq FROM document_update WHERE document_id = $1', [documentId])) as Array<{
        seq: string | null;
      }>;
      const snapshot = new Y.Doc();
      Y.applyUpdate(snapshot, merged);
      const rendering = await this.renderer.render(snapshot, manager);
      await manager.update(DocumentEntity, documentId, {
        state: Buffer.from(merged),
        html: rendering.html,
        markdown: rendering.markdown,
        plainText: rendering.text,
        contentUpdatedAt: new Date(),
      });
      if (folded[0]?.seq)
        await manager.query('DELETE FROM document_update WHERE document_id = $1 AND seq <= $2', [documentId, folded[0].seq]);
      await this.autoSnapshot(manager, documentId, merged, rendering.html);
      snapshot.destroy();
    });
  }

  private async autoSnapshot(manager: EntityManager, documentId: string, state: Uint8Array, html: string): Promise<void> {
    const [last] = (await manager.query(
      'SELECT created_at AS "createdAt", html FROM document_snapshot WHERE document_id = $1 ORDER BY created_at DESC LIMIT 1',
      [documentId],
    )) as Array<{ createdAt: Date; html: string }>;
    if (last && (last.html === html || Date.now() - last.createdAt.getTime() < AUTO_SNAPSHOT_INTERVAL_MS)) return;
    if (!last && html === '') return;
    await manager.insert(DocumentSnapshotEntity, { documentId, name: null, state: Buffer.from(state), html, createdById: null });
  }
}

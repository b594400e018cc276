import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collaborationDocumentName } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { AppError, type AuthUser } from '@ruta/server-core';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { CollaborationServer } from './collaboration.server.js';
import {
  documentJson,
  DocumentRenderer,
  DocumentSnapshotEntity,
  DocumentsService,
  DocumentStore,
  replaceDocument,
  type DocumentSnapshotModel,
} from '@ruta/server-documents';

type SnapshotRow = DocumentSnapshotEntity & { createdBy: { id: string; displayName: string } | null };

/**
 * Versions of a document: snapshots (automatic during activity, or named on demand), viewed as
 * HTML and restored. A restore is a normal change that every open editor receives; the version it
 * replaces is kept as a snapshot first, so a restore can itself be undone by restoring that one.
 */
@Injectable()
export class DocumentVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly store: DocumentStore,
    private readonly renderer: DocumentRenderer,
    private readonly collaboration: CollaborationServer,
  ) {}

  async list(actor: AuthUser, documentId: string): Promise<DocumentSnapshotModel[]> {
    await this.documents.authorize(actor, documentId, 'document:read');
    const rows = (await this.dataSource.getRepository(DocumentSnapshotEntity).find({
      where: { documentId },
      relations: { createdBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    })) as SnapshotRow[];
    return rows.map(toModel);
  }

  /** Takes a named snapshot of the document as it is now (live, if open in an editor). */
  async create(actor: AuthUser, documentId: string, name: string): Promise<DocumentSnapshotModel> {
    await this.documents.authorize(actor, documentId, 'document:edit');
    return this.snapshot(documentId, name, actor.id);
  }

  /** Restores a snapshot as a new change, after keeping the current version as a snapshot. */
  async restore(actor: AuthUser, snapshotId: string): Promise<DocumentSnapshotModel> {
    const snapshot = await this.dataSource
      .getRepository(DocumentSnapshotEntity)
      .createQueryBuilder('snapshot')
      .addSelect('snapshot.state')
      .where('snapshot.id = :snapshotId', { snapshotId })
      .getOne();
    if (!snapshot) throw AppError.notFound();
    await this.documents.authorize(actor, snapshot.documentId, 'document:edit');
    const when = snapshot.createdAt.toISOString().slice(0, 16).replace('T', ' ');
    await this.snapshot(snapshot.documentId, `${messages.es.documents.beforeRestore} (${when})`, actor.id);

    const version = new Y.Doc();
    Y.applyUpdate(version, new Uint8Array(snapshot.state));
    const connection = await this.collaboration.hocuspocus.openDirectConnection(collaborationDocumentName(snapshot.documentId), {
      user: { id: actor.id, displayName: actor.displayName },
      sessionId: actor.sessionId,
      documentId: snapshot.documentId,
      conversatorioId: null,
      access: 'EDIT',
    });
    try {
      await connection.transact((document) => replaceDocument(document, documentJson(version), 'restore'));
      // Stored at once, like any acknowledged edit.
      const live = this.collaboration.hocuspocus.documents.get(collaborationDocumentName(snapshot.documentId));
      if (live) await this.store.compact(snapshot.documentId, live);
    } finally {
      await connection.disconnect();
      version.destroy();
    }
    const restored = await this.dataSource
      .getRepository(DocumentSnapshotEntity)
      .findOneOrFail({ where: { id: snapshotId }, relations: { createdBy: true } });
    return toModel(restored as SnapshotRow);
  }

  private async snapshot(documentId: string, name: string | null, actorId: string | null): Promise<DocumentSnapshotModel> {
    const live = this.collaboration.hocuspocus.documents.get(collaborationDocumentName(documentId));
    const stored = await this.store.read(documentId);
    const state = live ? (stored ? Y.mergeUpdates([stored, Y.encodeStateAsUpdate(live)]) : Y.encodeStateAsUpdate(live)) : stored;
    const content = new Y.Doc();
    if (state) Y.applyUpdate(content, state);
    const { html } = await this.renderer.render(content);
    const saved = await this.dataSource.getRepository(DocumentSnapshotEntity).save({
      documentId,
      name,
      state: Buffer.from(state ?? Y.encodeStateAsUpdate(content)),
      html,
      createdById: actorId,
    });
    content.destroy();
    const row = await this.dataSource
      .getRepository(DocumentSnapshotEntity)
      .findOneOrFail({ where: { id: saved.id }, relations: { createdBy: true } });
    return toModel(row as SnapshotRow);
  }
}

function toModel(row: SnapshotRow): DocumentSnapshotModel {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    html: row.html,
    createdBy: row.createdBy ? { id: row.createdBy.id, displayName: row.createdBy.displayName } : null,
  };
}

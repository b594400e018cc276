import { Injectable } from '@nestjs/common';
import { messages } from '@ruta/shared-i18n';
import { actionItemIdsIn, documentJson, DocumentStore } from '@ruta/server-documents';
import { RoadmapReads } from '@ruta/server-roadmap';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { hasText, resolveDocument, type ResolvedActionItem } from './resolve-document.js';

/** The documents the memoria quotes (outcomes, ponencias), read from the store and resolved for print. */
@Injectable()
export class MemoriaDocuments {
  constructor(
    private readonly store: DocumentStore,
    private readonly roadmap: RoadmapReads,
  ) {}

  /** Each owner's document (owner id → document id), resolved; owners whose document is empty are left out. */
  async resolved(documentIds: ReadonlyMap<string, string>, language: 'es' | 'en'): Promise<Map<string, JSONContent>> {
    const resolved = new Map<string, JSONContent>();
    for (const [ownerId, documentId] of documentIds) {
      const json = await this.resolve(documentId, language);
      if (json) resolved.set(ownerId, json);
    }
    return resolved;
  }

  /** A document's content with its action item blocks resolved (public items only); null while it is empty. */
  private async resolve(documentId: string, language: 'es' | 'en'): Promise<JSONContent | null> {
    const update = await this.store.read(documentId);
    if (!update) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const json = documentJson(doc);
    doc.destroy();
    if (!hasText(json)) return null;
    const items = new Map<string, ResolvedActionItem>();
    for (const block of await this.roadmap.blockSummaries(actionItemIdsIn(json))) {
      if (block.title === null) continue;
      items.set(block.id, { title: block.title, statusLabel: messages[language].actionItemStatus[block.status], progress: block.progress });
    }
    return resolveDocument(json, items, {
      action: messages[language].memoria.action,
      unavailable: messages[language].documents.actionItemUnavailable,
    });
  }
}

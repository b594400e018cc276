import { Injectable } from '@nestjs/common';
import { messages } from '@ruta/shared-i18n';
import { RoadmapReads } from '@ruta/server-roadmap';
import type { JSONContent } from '@tiptap/core';
import type { EntityManager } from 'typeorm';
import type * as Y from 'yjs';
import { documentJson, renderDocument, type RenderContext, type RenderedDocument } from './rendering/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The action item ids a document's blocks refer to. Content from the editor is untrusted: a
 * block whose id is not a UUID refers to nothing (it renders as unavailable) and never reaches SQL.
 */
export function actionItemIdsIn(json: JSONContent): string[] {
  const ids = new Set<string>();
  const walk = (node: JSONContent) => {
    const id: unknown = node.attrs?.actionItemId;
    if (node.type === 'actionItem' && typeof id === 'string' && UUID.test(id)) ids.add(id);
    node.content?.forEach(walk);
  };
  walk(json);
  return [...ids];
}

/**
 * Renders documents (html, markdown, text) with the real title, status and progress of the
 * action items they show, as the roadmap gives them to documents (a proposal's block has no title).
 */
@Injectable()
export class DocumentRenderer {
  constructor(private readonly roadmap: RoadmapReads) {}

  async render(ydoc: Y.Doc, manager?: EntityManager, language: 'es' | 'en' = 'es'): Promise<RenderedDocument> {
    const json = documentJson(ydoc);
    return renderDocument(json, await this.context(actionItemIdsIn(json), manager, language));
  }

  private async context(ids: string[], manager: EntityManager | undefined, language: 'es' | 'en'): Promise<RenderContext> {
    if (ids.length === 0) return { actionItems: new Map(), language };
    const rows = await this.roadmap.blockSummaries(ids, manager);
    const labels = messages[language];
    return {
      language,
      actionItems: new Map(
        rows.map((row) => [
          row.id,
          {
            title: row.title ?? labels.documents.proposedActionItem,
            status: row.status,
            statusLabel: labels.actionItemStatus[row.status],
            progress: row.progress,
            href: `/hoja-de-ruta/${row.id}`,
          },
        ]),
      ),
    };
  }
}

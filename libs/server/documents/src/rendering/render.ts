import { buildDocumentExtensions, isAllowedLinkHref } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';
import { generateHTML } from '@tiptap/html/server';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { actionItemOf, formatProgress, labelsFor, type RenderContext, type RenderedDocument } from './context.js';
import { renderMarkdown } from './markdown.js';
import { normalizeDocumentJson } from './normalize.js';
import { renderText } from './plain-text.js';
import { sanitizeDocumentHtml } from './sanitize.js';

export type { RenderContext, RenderedActionItem, RenderedDocument } from './context.js';

/**
 * Renders a document as sanitized HTML, markdown and plain text, its action item blocks showing
 * the item's title, status and progress from `context` (or "not available" when it has none).
 * Content the schema does not know is dropped (its text kept) rather than failing.
 */
export function renderDocument(json: JSONContent, context: RenderContext): RenderedDocument {
  const doc = normalizeDocumentJson(json);
  return { html: renderHtml(doc, context), markdown: renderMarkdown(doc, context), text: renderText(doc, context) };
}

function renderHtml(doc: JSONContent, context: RenderContext): string {
  // The schema's extensions, the action item block rendered with its item instead of the
  // placeholder the editor copies (`<div data-action-item data-action-item-id>`).
  const extensions = buildDocumentExtensions({
    actionItem: (block) => block.extend({ renderHTML: ({ node }) => actionItemHtml(node.attrs, context) }),
  });
  return sanitizeDocumentHtml(generateHTML(doc, extensions));
}

/** `<div class="action-item" data-action-item-id="…"><p><strong>Acción:</strong> <a href="…">Title</a> — Status · 40 %</p></div>` */
function actionItemHtml(attrs: Record<string, unknown>, context: RenderContext): DOMOutputSpec {
  const labels = labelsFor(context);
  const id = typeof attrs.actionItemId === 'string' ? attrs.actionItemId : '';
  const block = id === '' ? { class: 'action-item' } : { class: 'action-item', 'data-action-item-id': id };
  const item = actionItemOf(attrs, context);
  if (!item) return ['div', block, ['p', ['em', labels.unavailable]]];
  const details = ` — ${item.statusLabel} · ${formatProgress(item.progress, context)}`;
  const line = isAllowedLinkHref(item.href)
    ? ['p', ['strong', `${labels.action}:`], ' ', ['a', { href: item.href }, item.title], details]
    : ['p', ['strong', `${labels.action}:`], ` ${item.title}${details}`];
  return ['div', block, line];
}

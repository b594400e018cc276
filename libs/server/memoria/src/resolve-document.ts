import { mentionText } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';

export interface ResolvedActionItem {
  title: string;
  statusLabel: string;
  progress: number;
}

/**
 * A document's JSON ready for the memoria: mentions become their text (`@Name`, `#Province`), an
 * action item block becomes a paragraph with the item's title, status and progress (or "not
 * available" when it is not public), and nothing else changes.
 */
export function resolveDocument(
  json: JSONContent,
  items: ReadonlyMap<string, ResolvedActionItem>,
  labels: { action: string; unavailable: string },
): JSONContent {
  const walk = (node: JSONContent): JSONContent => {
    if (node.type === 'mention') return { type: 'text', text: mentionText(node.attrs) };
    if (node.type === 'actionItem') {
      const item = items.get(String(node.attrs?.actionItemId ?? ''));
      return {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${labels.action}: `, marks: [{ type: 'bold' }] },
          { type: 'text', text: item ? `${item.title} — ${item.statusLabel} · ${item.progress} %` : labels.unavailable },
        ],
      };
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(json);
}

/** Whether a document has any text at all. */
export function hasText(json: JSONContent): boolean {
  if (json.type === 'text') return Boolean(json.text?.trim());
  if (json.type === 'actionItem' || json.type === 'mention') return true;
  return (json.content ?? []).some(hasText);
}

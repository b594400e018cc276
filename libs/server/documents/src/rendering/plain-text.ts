import { mentionText } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';
import { actionItemOf, formatProgress, labelsFor, type RenderContext } from './context.js';

/**
 * Plain text of a document, for full-text search: one line per block, list items prefixed
 * "- " (nested ones indented), table cells separated by " | ", mentions as "@Name" / "#Province".
 */
export function renderText(doc: JSONContent, context: RenderContext): string {
  return lines(doc.content, context).join('\n');
}

function lines(nodes: JSONContent[] | undefined, context: RenderContext): string[] {
  return (nodes ?? []).flatMap((node) => blockLines(node, context));
}

function blockLines(node: JSONContent, context: RenderContext): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return nonEmpty(inlineText(node.content).split('\n'));
    case 'codeBlock':
      return nonEmpty(
        (node.content ?? [])
          .map((child) => child.text ?? '')
          .join('')
          .split('\n'),
      );
    case 'bulletList':
    case 'orderedList':
      return (node.content ?? []).flatMap((item) => {
        const itemLines = lines(item.content, context);
        return itemLines.length === 0 ? [] : itemLines.map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`));
      });
    case 'table':
      return nonEmpty(
        (node.content ?? []).map((row) =>
          (row.content ?? [])
            .map((cell) => lines(cell.content, context).join(' '))
            .join(' | ')
            .trim(),
        ),
      ).filter((line) => line.replace(/\|/g, '').trim() !== '');
    case 'actionItem': {
      const item = actionItemOf(node.attrs, context);
      const labels = labelsFor(context);
      return [
        item ? `${labels.action}: ${item.title} (${item.statusLabel}, ${formatProgress(item.progress, context)})` : labels.unavailable,
      ];
    }
    case 'horizontalRule':
      return [];
    default:
      return node.content?.some(isInline) ? nonEmpty(inlineText(node.content).split('\n')) : lines(node.content, context);
  }
}

function inlineText(nodes: JSONContent[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === 'text') return node.text ?? '';
      if (node.type === 'mention') return mentionText(node.attrs);
      if (node.type === 'hardBreak') return '\n';
      return inlineText(node.content);
    })
    .join('');
}

function nonEmpty(values: string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}

function isInline(node: JSONContent): boolean {
  return node.type === 'text' || node.type === 'mention' || node.type === 'hardBreak';
}

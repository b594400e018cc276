import { isAllowedLinkHref, mentionKindOf, mentionSuggestionChars } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';
import { actionItemOf, formatProgress, labelsFor, type RenderContext } from './context.js';

/**
 * Markdown (CommonMark, with GFM tables and strikethrough) of a document, written from its JSON.
 * Text is escaped so that nothing a user typed becomes markup: no emphasis, link, heading, list,
 * raw HTML (`<` is written `&lt;`) or entity.
 */
export function renderMarkdown(doc: JSONContent, context: RenderContext): string {
  return new MarkdownWriter(context).blocks(doc.content);
}

interface Delimiter {
  key: string;
  open: string;
  close: string;
}

interface InlineOptions {
  /** In a table cell or a heading: hard breaks become spaces. */
  singleLine?: boolean;
}

/** Escapes text so that markdown reads it as the same text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]#~>]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/</g, '&lt;');
}

/** Escapes what would start a block (list item, setext heading, …) at the start of a line; drops indentation (code block). */
function escapeLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** A URL as a markdown link destination. */
function markdownUrl(url: string): string {
  return url.trim().replace(/[\s()<>\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = /^`|`$/.test(text) || /^ .* $/.test(text) ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`;
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? `${first}${line}`.trimEnd() : line === '' ? '' : `${rest}${line}`))
    .join('\n');
}

const MARK_ORDER = ['link', 'bold', 'italic', 'strike'];

class MarkdownWriter {
  constructor(private readonly context: RenderContext) {}

  blocks(nodes: JSONContent[] | undefined): string {
    return (nodes ?? [])
      .map((node) => this.block(node))
      .filter((block) => block !== '')
      .join('\n\n');
  }

  private block(node: JSONContent): string {
    switch (node.type) {
      case 'paragraph':
        return escapeLineStarts(this.inline(node.content));
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
        const text = this.inline(node.content, { singleLine: true }).trim();
        return text === '' ? '' : `${'#'.repeat(level)} ${text}`;
      }
      case 'blockquote':
        return this.blocks(node.content)
          .split('\n')
          .map((line) => (line === '' ? '>' : `> ${line}`))
          .join('\n');
      case 'bulletList':
      case 'orderedList':
        return this.list(node);
      case 'listItem':
        return this.listItem(node);
      case 'codeBlock':
        return this.codeBlock(node);
      case 'horizontalRule':
        return '---';
      case 'table':
        return this.table(node);
      case 'actionItem':
        return this.actionItem(node);
      default:
        return node.content?.some((child) => child.type === 'text')
          ? escapeLineStarts(this.inline(node.content))
          : this.blocks(node.content);
    }
  }

  private list(node: JSONContent): string {
    const ordered = node.type === 'orderedList';
    const start = Number.isInteger(node.attrs?.start) ? Number(node.attrs?.start) : 1;
    return (node.content ?? [])
      .map((item, index) => {
        // Nested blocks are indented to the item's content: 2 spaces under "- ", 3 under "1. ".
        const marker = ordered ? `${start + index}. ` : '- ';
        return indent(this.listItem(item), marker, ' '.repeat(marker.length));
      })
      .join('\n');
  }

  private listItem(node: JSONContent): string {
    const children = node.content ?? [];
    let markdown = '';
    children.forEach((child, index) => {
      const block = this.block(child);
      if (block === '') return;
      const nested = child.type === 'bulletList' || child.type === 'orderedList';
      if (markdown !== '') markdown += nested && index > 0 ? '\n' : '\n\n';
      markdown += block;
    });
    return markdown;
  }

  private codeBlock(node: JSONContent): string {
    const code = (node.content ?? []).map((child) => child.text ?? '').join('');
    const longest = Math.max(0, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const language = typeof node.attrs?.language === 'string' && /^[\w#+.-]+$/.test(node.attrs.language) ? node.attrs.language : '';
    return `${fence}${language}\n${code}\n${fence}`;
  }

  private table(node: JSONContent): string {
    const rows = (node.content ?? []).map((row) =>
      (row.content ?? []).flatMap((cell) => {
        const text = this.cell(cell);
        const span = Math.max(1, Number(cell.attrs?.colspan) || 1);
        return [text, ...Array<string>(span - 1).fill('')];
      }),
    );
    if (rows.length === 0) return '';
    const width = Math.max(1, ...rows.map((row) => row.length));
    const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
    const [header, ...body] = rows;
    return [line(header), line(Array<string>(width).fill('---')), ...body.map(line)].join('\n');
  }

  /** A cell's content on one line, its pipes escaped. */
  private cell(cell: JSONContent): string {
    const parts: string[] = [];
    const walk = (node: JSONContent) => {
      if (node.content?.some((child) => child.type !== undefined && isInline(child))) {
        parts.push(this.inline(node.content, { singleLine: true }).trim());
      } else if (node.type === 'codeBlock') {
        parts.push(codeSpan((node.content ?? []).map((child) => child.text ?? '').join('')));
      } else if (node.type === 'actionItem') {
        parts.push(this.actionItemLine(node));
      } else {
        node.content?.forEach(walk);
      }
    };
    cell.content?.forEach(walk);
    return parts
      .filter((part) => part !== '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/\|/g, '\\|');
  }

  private actionItem(node: JSONContent): string {
    return `> ${this.actionItemLine(node)}`;
  }

  private actionItemLine(node: JSONContent): string {
    const labels = labelsFor(this.context);
    const item = actionItemOf(node.attrs, this.context);
    if (!item) return `*${escapeMarkdown(labels.unavailable)}*`;
    const title = escapeMarkdown(item.title);
    const link = isAllowedLinkHref(item.href) ? `[${title}](${markdownUrl(item.href)})` : title;
    return `**${escapeMarkdown(labels.action)}:** ${link} — ${escapeMarkdown(item.statusLabel)} · ${formatProgress(item.progress, this.context)}`;
  }

  /** Inline content, with the marks opened and closed around runs of text (whitespace kept outside them). */
  private inline(nodes: JSONContent[] | undefined, options: InlineOptions = {}): string {
    let out = '';
    const active: Delimiter[] = [];
    const closeTo = (depth: number) => {
      if (active.length <= depth) return;
      // Whitespace (and hard breaks) after a run go outside its closing delimiters.
      const trailing = /(?:\\\n|\s)*$/.exec(out)?.[0] ?? '';
      out = out.slice(0, out.length - trailing.length);
      while (active.length > depth) out += active.pop()?.close ?? '';
      out += trailing;
    };
    for (const node of nodes ?? []) {
      if (node.type === 'hardBreak') {
        out += this.inlineNode(node, options);
        continue;
      }
      const delimiters = this.delimiters(node);
      let keep = 0;
      while (keep < active.length && delimiters.some((delimiter) => delimiter.key === active[keep].key)) keep++;
      closeTo(keep);
      let text = this.inlineNode(node, options);
      const opening = delimiters.filter((delimiter) => !active.some((open) => open.key === delimiter.key));
      if (opening.length > 0) {
        if (text.trim() === '') {
          out += text;
          continue;
        }
        const leading = /^\s*/.exec(text)?.[0] ?? '';
        out += leading;
        text = text.slice(leading.length);
        for (const delimiter of opening) {
          out += delimiter.open;
          active.push(delimiter);
        }
      }
      out += text;
    }
    closeTo(0);
    // Leading or trailing hard breaks would be written as a lone backslash.
    return out.replace(/^(?:\\\n|\s)+|(?:\\\n|\s)+$/g, '');
  }

  /** The markdown delimiters of a node's marks, outermost first (code is written with its text). */
  private delimiters(node: JSONContent): Delimiter[] {
    const delimiters: Delimiter[] = [];
    for (const mark of node.marks ?? []) {
      if (mark.type === 'link') {
        const href = mark.attrs?.href;
        if (isAllowedLinkHref(href)) delimiters.push({ key: `link ${href}`, open: '[', close: `](${markdownUrl(href)})` });
      } else if (mark.type === 'bold') delimiters.push({ key: 'bold', open: '**', close: '**' });
      else if (mark.type === 'italic') delimiters.push({ key: 'italic', open: '*', close: '*' });
      else if (mark.type === 'strike') delimiters.push({ key: 'strike', open: '~~', close: '~~' });
      // underline has no markdown: its text is written plain.
    }
    return delimiters.sort((a, b) => MARK_ORDER.indexOf(a.key.split(' ')[0]) - MARK_ORDER.indexOf(b.key.split(' ')[0]));
  }

  private inlineNode(node: JSONContent, options: InlineOptions): string {
    switch (node.type) {
      case 'text': {
        const text = node.text ?? '';
        if (node.marks?.some((mark) => mark.type === 'code')) return codeSpan(text.replace(/\n/g, ' '));
        return escapeMarkdown(options.singleLine ? text.replace(/\s*\n\s*/g, ' ') : text);
      }
      case 'mention': {
        const char = mentionSuggestionChars[mentionKindOf(node.attrs)];
        const label = String(node.attrs?.label ?? node.attrs?.id ?? '').trim();
        return label === '' ? escapeMarkdown(char) : `${char}${escapeMarkdown(label)}`;
      }
      case 'hardBreak':
        return options.singleLine ? ' ' : '\\\n';
      default:
        return node.content ? this.inline(node.content, options) : '';
    }
  }
}

function isInline(node: JSONContent): boolean {
  return node.type === 'text' || node.type === 'mention' || node.type === 'hardBreak';
}

import { escapeMarkdown, renderDocument } from '@ruta/server-documents';
import type { Memoria, MemoriaBlock, MemoriaSection } from './memoria.model.js';

/** Each document block rendered once (in all its formats) for both the HTML and the Markdown file. */
const renderings = new WeakMap<object, ReturnType<typeof renderDocument>>();

function rendered(json: Extract<MemoriaBlock, { kind: 'document' }>['json']): ReturnType<typeof renderDocument> {
  let rendering = renderings.get(json);
  if (!rendering) {
    rendering = renderDocument(json, { actionItems: new Map() });
    renderings.set(json, rendering);
  }
  return rendering;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** A section's number as printed: "1." for a part, "1.1" and "1.1.1" below — as in the PDF and DOCX. */
export const printedNumber = (number: string, depth: number) => (depth === 0 ? `${number}.` : number);

/** Section numbers: 1, 1.1, 1.1.1 — the same in every format. */
export function numbered(sections: MemoriaSection[], prefix = ''): Array<{ number: string; section: MemoriaSection; depth: number }> {
  return sections.flatMap((section, index) => {
    const number = `${prefix}${index + 1}`;
    return [{ number, section, depth: prefix ? prefix.split('.').length - 1 : 0 }, ...numbered(section.children, `${number}.`)];
  });
}

const STYLE = `
@page { size: A4; margin: 2.2cm; }
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 50rem; margin: 0 auto; padding: 1.5rem; }
.cover { min-height: 80vh; display: flex; flex-direction: column; justify-content: center; page-break-after: always; }
.cover h1 { font-size: 2.4rem; margin-bottom: 0.2rem; } .cover .subtitle { font-size: 1.3rem; }
nav.toc { page-break-after: always; } nav.toc ol { list-style: none; padding-left: 1rem; } nav.toc a { color: inherit; }
h2.section { page-break-before: always; border-bottom: 2px solid #0b4f8a; padding-bottom: 0.2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.9rem; }
th, td { border: 1px solid #c8ccd0; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
th { background: #eef2f6; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; } .document { border-left: 3px solid #c8ccd0; padding-left: 1rem; } .emphasis { font-style: italic; color: #555; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;

/** `<a href="https://…">text</a>` → `text (https://…)`; the sanitized HTML has no other attributes on links that matter. */
function withoutExternalLinks(html: string): string {
  return html.replace(/<a [^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/g, (_match, href: string, text: string) =>
    text === href || href.startsWith('/') ? text : `${text} (${href})`,
  );
}

function htmlBlock(block: MemoriaBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.emphasis ? ' class="emphasis"' : ''}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'facts':
      return `<dl>${block.entries.map((entry) => `<dt>${escapeHtml(entry.label)}</dt><dd>${escapeHtml(entry.value)}</dd>`).join('')}</dl>`;
    case 'table':
      return `<table><thead><tr>${block.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'document':
      // The shared schema's rendering, sanitized: nothing typed can run script or load anything.
      // A kept file points nowhere: links are written out as text.
      return `<div class="document">${withoutExternalLinks(rendered(block.json).html)}</div>`;
  }
}

/**
 * The memoria as one self-contained, printable HTML file: inline styles only, no script, no
 * external resource (no fonts, images or stylesheets to fetch).
 */
export function renderMemoriaHtml(memoria: Memoria): string {
  const entries = numbered(memoria.sections);
  const toc = entries
    .filter((entry) => entry.depth <= 1)
    .map(
      (entry) =>
        `<li style="margin-left:${entry.depth}rem"><a href="#${entry.section.id}">${printedNumber(entry.number, entry.depth)} ${escapeHtml(entry.section.title)}</a></li>`,
    )
    .join('');
  const body = entries
    .map(({ number, section, depth }) => {
      const level = Math.min(depth + 2, 6);
      return `<h${level} id="${section.id}"${depth === 0 ? ' class="section"' : ''}>${printedNumber(number, depth)} ${escapeHtml(section.title)}</h${level}>${section.blocks.map(htmlBlock).join('')}`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${memoria.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`${memoria.title} — ${memoria.subtitle}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="cover">
<h1>${escapeHtml(memoria.title)}</h1>
<p class="subtitle">${escapeHtml(memoria.subtitle)}</p>
<p><strong>${escapeHtml(memoria.scopeLabel)}</strong></p>
${memoria.cover.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}
<p>${escapeHtml(memoria.cover.organizers.join(' · '))}</p>
<p class="emphasis">${escapeHtml(memoria.versionLabel)}</p>
</header>
<nav class="toc" aria-labelledby="toc"><h2 id="toc">${escapeHtml(memoria.labels.contents)}</h2><ol>${toc}</ol></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

function markdownBlock(block: MemoriaBlock): string {
  const cell = (text: string) => escapeMarkdown(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  switch (block.kind) {
    case 'paragraph':
      return block.emphasis ? `*${escapeMarkdown(block.text)}*` : escapeMarkdown(block.text);
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
    case 'facts':
      return block.entries.map((entry) => `- **${escapeMarkdown(entry.label)}:** ${escapeMarkdown(entry.value)}`).join('\n');
    case 'table':
      return [
        `| ${block.columns.map(cell).join(' | ')} |`,
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'document':
      return rendered(block.json).markdown;
  }
}

/** The memoria as Markdown (GFM tables), from the same model. */
export function renderMemoriaMarkdown(memoria: Memoria): string {
  const entries = numbered(memoria.sections);
  const lines = [
    `# ${escapeMarkdown(memoria.title)}`,
    `**${escapeMarkdown(memoria.subtitle)}**`,
    escapeMarkdown(memoria.scopeLabel),
    ...memoria.cover.lines.map(escapeMarkdown),
    escapeMarkdown(memoria.cover.organizers.join(' · ')),
    `*${escapeMarkdown(memoria.versionLabel)}*`,
    `## ${escapeMarkdown(memoria.labels.contents)}`,
    entries
      .filter((entry) => entry.depth <= 1)
      .map((entry) => `${'  '.repeat(entry.depth)}- ${printedNumber(entry.number, entry.depth)} ${escapeMarkdown(entry.section.title)}`)
      .join('\n'),
    ...entries.flatMap(({ number, section, depth }) => [
      `${'#'.repeat(Math.min(depth + 2, 6))} ${printedNumber(number, depth)} ${escapeMarkdown(section.title)}`,
      ...section.blocks.map(markdownBlock),
    ]),
  ];
  return `${lines.filter((line) => line !== '').join('\n\n')}\n`;
}

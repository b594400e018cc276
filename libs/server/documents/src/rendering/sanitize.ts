import { isAllowedLinkHref } from '@ruta/shared-editor-schema';
import sanitizeHtml from 'sanitize-html';

const LINK_REL = 'noopener noreferrer nofollow';
const CELL_ATTRIBUTES = ['colspan', 'rowspan', 'colwidth'];

/**
 * What the HTML of a document may contain: the elements and attributes the schema renders, and
 * nothing that can run script, load a resource or restyle the page (no style, no on* handlers,
 * no img, iframe, script, object, svg, math, form or input).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'strong',
    'em',
    'u',
    's',
    'a',
    'br',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'colgroup',
    'col',
    'span',
    'div',
  ],
  allowedAttributes: {
    a: ['href', 'rel'],
    ol: ['start'],
    th: CELL_ATTRIBUTES,
    td: CELL_ATTRIBUTES,
    // Mentions.
    span: ['class', 'data-type', 'data-id', 'data-label', 'data-mention-kind'],
    // Action items.
    div: ['class', 'data-action-item', 'data-action-item-id'],
  },
  allowedClasses: { span: ['mention'], div: ['action-item'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Elements dropped with their content (the others are dropped, their text kept).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'title'],
  selfClosing: ['br', 'hr', 'col'],
  transformTags: {
    // A link keeps only an allowed target (http, https, mailto or a path of this site) and never
    // opens a new window with access to this one.
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(isAllowedLinkHref(attribs.href) ? { href: attribs.href } : {}), rel: LINK_REL },
    }),
    ol: (tagName, attribs): sanitizeHtml.Tag => {
      const start = attribs.start ?? '';
      return { tagName, attribs: /^\d{1,6}$/.test(start) ? { start } : {} };
    },
  },
};

/** Sanitizes the HTML of a document with an allowlist derived from the schema. */
export function sanitizeDocumentHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

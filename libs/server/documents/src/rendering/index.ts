export { renderDocument, type RenderContext, type RenderedActionItem, type RenderedDocument } from './render.js';
export { renderMarkdown, escapeMarkdown } from './markdown.js';
export { renderText } from './plain-text.js';
export { sanitizeDocumentHtml } from './sanitize.js';
export { conformToSchema, normalizeDocumentJson } from './normalize.js';
export { documentJson, emptyDocumentJson, replaceDocument } from './ydoc.js';

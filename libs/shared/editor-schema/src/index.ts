import type { JSONContent } from '@tiptap/core';

export * from './action-item-block.js';
export * from './extensions.js';
export * from './links.js';
export * from './mentions.js';

/**
 * The name of the Y.XmlFragment that holds a document in its Y.Doc: the default `field` of
 * Tiptap's Collaboration extension, which the web editor uses.
 */
export const DOCUMENT_FRAGMENT = 'default';

/** A document (or part of one) as ProseMirror JSON. */
export type DocumentJSON = JSONContent;

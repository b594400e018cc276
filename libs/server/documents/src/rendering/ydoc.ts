import { DOCUMENT_FRAGMENT, documentSchema } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';
import { prosemirrorToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { documentNode, normalizeDocumentJson } from './normalize.js';

/** The JSON of a document with nothing in it, as a new editor creates it: one empty paragraph. */
export function emptyDocumentJson(): JSONContent {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * The document held by a Y.Doc (its `DOCUMENT_FRAGMENT`), as JSON with every attribute present.
 * A Y.Doc stores no attribute whose value is null; they come back with their defaults here.
 */
export function documentJson(ydoc: Y.Doc): JSONContent {
  const raw = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(DOCUMENT_FRAGMENT)) as JSONContent;
  try {
    return normalizeDocumentJson(raw);
  } catch {
    // Content the schema cannot hold (attribute values it refuses): kept as stored, for the renderers.
    return raw;
  }
}

/**
 * Replaces the whole document held by a Y.Doc with `json`, in one transaction: every client
 * receives it as one ordinary change (used to restore a version). The json is checked against the
 * schema first, so an invalid one throws before anything is changed.
 */
export function replaceDocument(ydoc: Y.Doc, json: JSONContent, origin?: unknown): void {
  let node = documentNode(json);
  try {
    node.check();
  } catch (error) {
    // E.g. a document with no block at all: filled the way the editor would (an empty paragraph).
    const filled = documentSchema.topNodeType.createAndFill(null, node.content);
    if (!filled) throw error;
    node = filled;
  }
  const fragment = ydoc.getXmlFragment(DOCUMENT_FRAGMENT);
  ydoc.transact(() => {
    fragment.delete(0, fragment.length);
    prosemirrorToYXmlFragment(node, fragment);
  }, origin);
}

import { documentSchema } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';
import { Node, type Schema } from '@tiptap/pm/model';

/**
 * Drops from a document what the schema does not know (a node or mark type of another version
 * of the editor, an empty text node), keeping the content of unknown nodes, so that it can be
 * read by `Node.fromJSON` instead of failing.
 */
export function conformToSchema(json: JSONContent, schema: Schema = documentSchema): JSONContent {
  const children = (nodes: JSONContent[] | undefined): JSONContent[] => (nodes ?? []).flatMap((child) => conform(child));
  const marks = (node: JSONContent) => node.marks?.filter((mark) => typeof mark?.type === 'string' && mark.type in schema.marks);
  const conform = (node: JSONContent): JSONContent[] => {
    if (!node || typeof node !== 'object') return [];
    if (node.type === 'text') {
      return typeof node.text === 'string' && node.text !== '' ? [{ type: 'text', text: node.text, marks: marks(node) }] : [];
    }
    if (typeof node.type !== 'string' || !(node.type in schema.nodes) || node.type === schema.topNodeType.name) {
      return children(node.content);
    }
    return [{ ...node, marks: marks(node), content: node.content ? children(node.content) : undefined }];
  };
  return { type: schema.topNodeType.name, content: json?.type === schema.topNodeType.name ? children(json.content) : conform(json) };
}

/** The document as a ProseMirror node of the schema (every attribute present, with its default if unset). */
export function documentNode(json: JSONContent, schema: Schema = documentSchema): Node {
  return Node.fromJSON(schema, conformToSchema(json, schema));
}

/** The document as JSON with every attribute present (with its default if unset), as the editor has it. */
export function normalizeDocumentJson(json: JSONContent, schema: Schema = documentSchema): JSONContent {
  return documentNode(json, schema).toJSON() as JSONContent;
}

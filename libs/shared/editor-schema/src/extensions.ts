import { getSchema, type AnyExtension, type Node } from '@tiptap/core';
import type { MentionOptions } from '@tiptap/extension-mention';
import { TableKit } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { ActionItemBlock } from './action-item-block.js';
import { isAllowedLinkValue } from './links.js';
import { MentionNode } from './mentions.js';

/** What the web changes in the shared schema's extensions: behaviour and views, never the schema. */
export interface DocumentExtensionOverrides {
  /** E.g. `{ suggestions: [{ char: '@', items, render }, { char: '#', items, render }] }`. */
  mention?: Partial<MentionOptions>;
  /** E.g. `(node) => node.extend({ addNodeView: () => ReactNodeViewRenderer(ActionItemView) })`. */
  actionItem?: (node: typeof ActionItemBlock) => Node;
}

/** The extensions of every document, with the web's overrides applied. */
export function buildDocumentExtensions(overrides: DocumentExtensionOverrides = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      // Collaboration brings its own (per-user) undo and redo.
      undoRedo: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        // `protocols` only *adds* schemes to Tiptap's defaults (ftp, tel, sms, …): the restriction
        // to http, https and mailto is `isAllowedUri`, checked when a link is parsed from HTML, set
        // by a command, autolinked, pasted and rendered.
        protocols: [],
        isAllowedUri: (url) => isAllowedLinkValue(url),
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    overrides.mention ? MentionNode.configure(overrides.mention) : MentionNode,
    overrides.actionItem ? overrides.actionItem(ActionItemBlock) : ActionItemBlock,
  ];
}

/** The extensions of every document, as the server uses them (no suggestions, no node views). */
export const documentExtensions: AnyExtension[] = buildDocumentExtensions();

/** The ProseMirror schema of every document. */
export const documentSchema = getSchema(documentExtensions);

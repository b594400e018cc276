import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

export interface AnchoredThread {
  id: string;
  anchorStart: string;
  anchorEnd: string;
  open: boolean;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (character) => character.charCodeAt(0));

interface Binding {
  type: Y.XmlFragment;
  mapping: Map<unknown, unknown>;
  doc: Y.Doc;
}

function bindingOf(editor: Editor): Binding | null {
  const state = ySyncPluginKey.getState(editor.state) as { binding?: Binding } | undefined;
  return state?.binding ?? null;
}

/**
 * The current selection as a pair of Yjs relative positions (base64): an anchor that follows the
 * passage through everyone's edits, without writing into the document.
 */
export function selectionAnchor(editor: Editor): { anchorStart: string; anchorEnd: string; quote: string } | null {
  const binding = bindingOf(editor);
  const { from, to } = editor.state.selection;
  if (!binding || from === to) return null;
  const encode = (position: number) =>
    toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(position, binding.type, binding.mapping as never)));
  return { anchorStart: encode(from), anchorEnd: encode(to), quote: editor.state.doc.textBetween(from, to, ' ').slice(0, 1000) };
}

/** Where an anchor is in the document now, or null when its passage was deleted. */
export function anchorRange(
  editor: Editor,
  thread: Pick<AnchoredThread, 'anchorStart' | 'anchorEnd'>,
): { from: number; to: number } | null {
  const binding = bindingOf(editor);
  if (!binding) return null;
  const resolve = (encoded: string) =>
    relativePositionToAbsolutePosition(binding.doc, binding.type, Y.decodeRelativePosition(fromBase64(encoded)), binding.mapping as never);
  const from = resolve(thread.anchorStart);
  const to = resolve(thread.anchorEnd);
  return from === null || to === null || to <= from ? null : { from, to };
}

const key = new PluginKey<DecorationSet>('commentHighlights');

/** Highlights the passages of open comment threads; `setCommentThreads` gives it the threads. */
export const CommentHighlights = Extension.create<object, { threads: AnchoredThread[] }>({
  name: 'commentHighlights',
  addStorage: () => ({ threads: [] }),
  addProseMirrorPlugins() {
    const editor = this.editor;
    const storage = this.storage;
    return [
      new Plugin({
        key,
        props: {
          decorations: (state) => {
            if (!ySyncPluginKey.getState(state)) return DecorationSet.empty;
            const decorations = storage.threads
              .filter((thread) => thread.open)
              .flatMap((thread) => {
                const range = anchorRange(editor, thread);
                return range ? [Decoration.inline(range.from, range.to, { class: 'comment-highlight', 'data-thread-id': thread.id })] : [];
              });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

/** Gives the highlighter the current threads and redraws. */
export function setCommentThreads(editor: Editor, threads: AnchoredThread[]): void {
  (editor.storage as unknown as Record<string, { threads: AnchoredThread[] }>).commentHighlights.threads = threads;
  editor.view.dispatch(editor.state.tr.setMeta(key, true));
}

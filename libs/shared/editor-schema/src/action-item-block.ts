import { mergeAttributes, Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItem: {
      /** Inserts a block showing the action item (its live title, status and progress) at the selection. */
      insertActionItem: (actionItemId: string) => ReturnType;
    };
  }
}

export interface ActionItemAttributes {
  actionItemId: string | null;
}

/**
 * A block that shows an action item of the roadmap. The document stores only the id: the web
 * replaces the view with a live NodeView (`ActionItemBlock.extend({ addNodeView })`) and the
 * server renders the item's current title, status and progress when it exports the document.
 */
export const ActionItemBlock = Node.create({
  name: 'actionItem',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      actionItemId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-action-item-id') || null,
        renderHTML: (attributes) => (attributes.actionItemId ? { 'data-action-item-id': String(attributes.actionItemId) } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-action-item]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-action-item': '' }, HTMLAttributes)];
  },

  addCommands() {
    return {
      insertActionItem:
        (actionItemId) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { actionItemId } }),
    };
  },
});

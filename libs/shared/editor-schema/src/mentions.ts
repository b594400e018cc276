import { Mention } from '@tiptap/extension-mention';

/** What a mention refers to: a person (`@`) or a province (`#`). */
export type MentionKind = 'person' | 'province';

/** The character that starts a mention of each kind (and the `char` of its suggestion). */
export const mentionSuggestionChars = { person: '@', province: '#' } as const satisfies Record<MentionKind, string>;

/**
 * The kind of a mention from its attributes. The node stores it as Tiptap's own
 * `mentionSuggestionChar` ('@' or '#', set by the suggestion that inserted it), rendered to and
 * parsed from HTML as `data-mention-kind="person|province"`.
 */
export function mentionKindOf(attrs: Record<string, unknown> | null | undefined): MentionKind {
  return attrs?.mentionSuggestionChar === mentionSuggestionChars.province ? 'province' : 'person';
}

/** The attributes of a mention node, e.g. for content built in code. */
export function mentionAttrs(kind: MentionKind, id: string, label: string) {
  return { id, label, mentionSuggestionChar: mentionSuggestionChars[kind] };
}

/** How a mention reads as text: `@Label` or `#Label` (the id when it has no label). */
export function mentionText(attrs: Record<string, unknown> | null | undefined): string {
  const label = attrs?.label ?? attrs?.id ?? '';
  return `${mentionSuggestionChars[mentionKindOf(attrs)]}${String(label)}`;
}

/**
 * Mentions of people (`@`) and provinces (`#`), configured without suggestions: enough for the
 * schema, the collaboration server and the exports. The web adds its suggestion menus with
 * `buildDocumentExtensions({ mention: { suggestions: [{ char: '@', … }, { char: '#', … }] } })`.
 *
 * Tiptap renders a mention with the char of the *configured* suggestion that has its
 * `mentionSuggestionChar`, falling back to the first one (or '@' with none configured), so text
 * and HTML are rendered here from the node's own attribute instead.
 */
export const MentionNode = Mention.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      mentionSuggestionChar: {
        default: mentionSuggestionChars.person,
        // Parsed from data-mention-kind, or Tiptap's own data-mention-suggestion-char (HTML of other editors).
        parseHTML: (element) => {
          const kind: string | null = element.getAttribute('data-mention-kind');
          if (kind === 'person' || kind === 'province') return mentionSuggestionChars[kind];
          const char: string | null = element.getAttribute('data-mention-suggestion-char');
          return char === mentionSuggestionChars.province ? mentionSuggestionChars.province : mentionSuggestionChars.person;
        },
        renderHTML: (attributes) => ({ 'data-mention-kind': mentionKindOf(attributes) }),
      },
    };
  },
}).configure({
  HTMLAttributes: { class: 'mention' },
  suggestions: [],
  renderText: ({ node }) => mentionText(node.attrs),
  renderHTML: ({ options, node }) => ['span', options.HTMLAttributes, mentionText(node.attrs)],
});

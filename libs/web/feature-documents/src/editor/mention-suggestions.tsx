import type { ApolloClient } from '@apollo/client';
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { Paper, Text, UnstyledButton } from '@mantine/core';
import { mentionSuggestionChars } from '@ruta/shared-editor-schema';
import { ReactRenderer, type Editor } from '@tiptap/react';
import type { MentionNodeAttrs } from '@tiptap/extension-mention';
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import { forwardRef, useEffect, useImperativeHandle, useState } from 'react';
import { MentionablePeopleQuery, MentionableProvincesQuery } from '../operations.js';

export interface MentionItem {
  id: string;
  label: string;
  kind: 'person' | 'province';
}

interface MentionListHandle {
  onKeyDown(event: KeyboardEvent): boolean;
}

interface MentionListProps {
  items: MentionItem[];
  command: (item: MentionNodeAttrs) => void;
  emptyText: string;
}

/** The list of people or provinces to mention, driven by the keyboard (arrows, Enter, Escape). */
const MentionList = forwardRef<MentionListHandle, MentionListProps>(function MentionList({ items, command, emptyText }, ref) {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [items]);
  useImperativeHandle(ref, () => ({
    onKeyDown(event) {
      if (event.key === 'ArrowDown') setActive((index) => (index + 1) % Math.max(items.length, 1));
      else if (event.key === 'ArrowUp') setActive((index) => (index - 1 + items.length) % Math.max(items.length, 1));
      else if (event.key === 'Enter' && items[active]) command(items[active]);
      else return false;
      return true;
    },
  }));
  return (
    <Paper shadow="md" withBorder p={4} role="listbox" aria-label="Menciones" style={{ minWidth: 220, maxHeight: 260, overflowY: 'auto' }}>
      {items.length === 0 && (
        <Text size="sm" c="dimmed" p={6}>
          {emptyText}
        </Text>
      )}
      {items.map((item, index) => (
        <UnstyledButton
          key={`${item.kind}:${item.id}`}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => command(item)}
          display="block"
          w="100%"
          p={6}
          bg={index === active ? 'var(--mantine-primary-color-light)' : undefined}
          style={{ borderRadius: 4 }}
        >
          <Text size="sm">
            {item.kind === 'person' ? mentionSuggestionChars.person : mentionSuggestionChars.province}
            {item.label}
          </Text>
        </UnstyledButton>
      ))}
    </Paper>
  );
});

/** Shows the list under the caret, and keeps it there as the query changes. */
function popupRenderer(emptyText: string) {
  return () => {
    let renderer: ReactRenderer<MentionListHandle, MentionListProps> | null = null;
    const place = (props: SuggestionProps<MentionItem, MentionNodeAttrs>) => {
      const rect = props.clientRect?.();
      const element = renderer?.element as HTMLElement | undefined;
      if (!rect || !element) return;
      const virtual = { getBoundingClientRect: () => rect };
      void computePosition(virtual, element, { placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(
        ({ x, y }) => Object.assign(element.style, { position: 'absolute', left: `${x}px`, top: `${y}px`, zIndex: 400 }),
      );
    };
    return {
      onStart(props: SuggestionProps<MentionItem, MentionNodeAttrs>) {
        renderer = new ReactRenderer(MentionList, {
          props: { items: props.items, command: props.command, emptyText },
          editor: props.editor as Editor,
        });
        document.body.appendChild(renderer.element);
        place(props);
      },
      onUpdate(props: SuggestionProps<MentionItem, MentionNodeAttrs>) {
        renderer?.updateProps({ items: props.items, command: props.command, emptyText });
        place(props);
      },
      onKeyDown(props: SuggestionKeyDownProps) {
        if (props.event.key === 'Escape') {
          renderer?.destroy();
          renderer?.element.remove();
          renderer = null;
          return true;
        }
        return renderer?.ref?.onKeyDown(props.event) ?? false;
      },
      onExit() {
        renderer?.destroy();
        renderer?.element.remove();
        renderer = null;
      },
    };
  };
}

/** Suggestions for `@` people (looked up by name) and `#` provinces. */
export function mentionSuggestions(
  client: ApolloClient,
  emptyText: string,
): Array<Omit<SuggestionOptions<MentionItem, MentionNodeAttrs>, 'editor'>> {
  let provinces: MentionItem[] | null = null;
  return [
    {
      char: mentionSuggestionChars.person,
      items: async ({ query }) => {
        const { data } = await client.query({ query: MentionablePeopleQuery, variables: { search: query } });
        return (data?.mentionablePeople ?? []).map((person) => ({ id: person.id, label: person.displayName, kind: 'person' as const }));
      },
      render: popupRenderer(emptyText),
    },
    {
      char: mentionSuggestionChars.province,
      items: async ({ query }) => {
        if (!provinces) {
          const { data } = await client.query({ query: MentionableProvincesQuery });
          provinces = (data?.provinces ?? []).map((province) => ({ id: province.code, label: province.name, kind: 'province' as const }));
        }
        const wanted = query
          .normalize('NFD')
          .replace(/\p{Diacritic}/gu, '')
          .toLowerCase();
        return provinces
          .filter((province) =>
            province.label
              .normalize('NFD')
              .replace(/\p{Diacritic}/gu, '')
              .toLowerCase()
              .includes(wanted),
          )
          .slice(0, 8);
      },
      render: popupRenderer(emptyText),
    },
  ];
}

import { useApolloClient } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { buildDocumentExtensions } from '@ruta/shared-editor-schema';
import type { SessionUser } from '@ruta/web-data-access';
import { CONTENT_LANG } from '@ruta/web-ui';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { Extension } from '@tiptap/core';
import { EditorContent, ReactNodeViewRenderer, useEditor, type Editor } from '@tiptap/react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionItemView } from './action-item-view.js';
import { CommentHighlights } from './comment-anchors.js';
import { EditorToolbar, promptForLink } from './editor-toolbar.js';
import { mentionSuggestions } from './mention-suggestions.js';
import type { Collaboration as CollaborationState, SaveState } from './use-collaboration.js';

/** A colour per person, stable across sessions, dark enough for white text on the caret label. */
export function colourOf(id: string): string {
  const palette = ['#1864ab', '#1b6e35', '#a61e4d', '#862e9c', '#b02a2a', '#0b7285', '#5f3dc4', '#364fc7'];
  let hash = 0;
  for (const character of id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length];
}

const saveColours: Record<SaveState, string> = { saving: 'yellow', saved: 'green', offline: 'orange', readOnly: 'gray' };

/** The editor of one collaborative document: toolbar, content with everyone's carets, save state, presence. */
export function CollaborativeEditor({
  collaboration,
  user,
  label,
  toolbarExtra,
  onEditor,
}: {
  collaboration: CollaborationState;
  user: SessionUser;
  label: string;
  toolbarExtra?: (editor: Editor) => ReactNode;
  onEditor?: (editor: Editor | null) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { doc, provider, access } = collaboration;
  const editable = access === 'EDIT';
  const extensions = useMemo(
    () => [
      ...buildDocumentExtensions({
        mention: { suggestions: mentionSuggestions(client, t('documents.noMatches')) },
        actionItem: (node) => node.extend({ addNodeView: () => ReactNodeViewRenderer(ActionItemView) }),
      }),
      Collaboration.configure({ document: doc }),
      CollaborationCaret.configure({ provider, user: { name: user.displayName, color: colourOf(user.id) } }),
      CommentHighlights,
      // Word's Ctrl+K for a hyperlink (the other shortcuts are Tiptap's own).
      Extension.create({
        name: 'wordShortcuts',
        addKeyboardShortcuts() {
          return { 'Mod-k': () => (this.editor.isEditable ? (promptForLink(this.editor, t('documents.linkPrompt')), true) : false) };
        },
      }),
    ],
    // One editor per document session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, provider],
  );
  const editor = useEditor(
    {
      extensions,
      editable,
      // What people write here is Spanish, whatever the interface's language.
      editorProps: {
        attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', class: 'ruta-document', lang: CONTENT_LANG },
      },
    },
    [extensions],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" aria-label={t('documents.presentNow')} role="group">
          <Text size="sm" c="dimmed">
            {t('documents.presentNow')}:
          </Text>
          {collaboration.present.map((person) => (
            <Tooltip key={person.clientId} label={person.name} withinPortal>
              <Badge variant="filled" tt="none" style={{ backgroundColor: person.color }}>
                {person.name}
              </Badge>
            </Tooltip>
          ))}
        </Group>
        <Badge color={saveColours[collaboration.saveState]} variant="light" c="dark" tt="none" role="status" aria-live="polite">
          {t(`documents.saveState.${collaboration.saveState}`)}
        </Badge>
      </Group>
      {editor && editable && <EditorToolbar editor={editor} extra={toolbarExtra?.(editor)} />}
      {editor && !editable && toolbarExtra && <Group gap={2}>{toolbarExtra(editor)}</Group>}
      <Paper withBorder p="md" className="ruta-document-frame">
        {editor ? <EditorContent editor={editor} /> : <Text c="dimmed">{t('app.loading')}</Text>}
      </Paper>
    </Stack>
  );
}

import { ActionIcon, Divider, Group, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBlockquote,
  IconBold,
  IconH1,
  IconH2,
  IconH3,
  IconItalic,
  IconLink,
  IconList,
  IconListNumbers,
  IconStrikethrough,
  IconTable,
  IconUnderline,
} from '@tabler/icons-react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

/** Asks for a link's address and sets it on the selection (an empty address removes the link). */
export function promptForLink(editor: Editor, question: string): void {
  const previous = editor.getAttributes('link').href as string | undefined;
  const href = window.prompt(question, previous ?? 'https://');
  if (href === null) return;
  const chain = editor.chain().focus().extendMarkRange('link');
  if (href.trim() === '') chain.unsetLink().run();
  else chain.setLink({ href: href.trim() }).run();
}

interface ToolProps {
  label: string;
  shortcut?: string;
  active?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function Tool({ label, shortcut, active, disabled, onClick, children }: ToolProps) {
  const title = shortcut ? `${label} (${shortcut})` : label;
  return (
    <Tooltip label={title} openDelay={400} withinPortal>
      <ActionIcon
        variant={active ? 'filled' : 'subtle'}
        color={active ? undefined : 'dark'}
        size="lg"
        aria-label={label}
        aria-pressed={active === undefined ? undefined : active}
        aria-keyshortcuts={shortcut?.replace(/⌘/g, 'Meta').replace(/ /g, '')}
        disabled={disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * The formatting toolbar, with the shortcuts a Word user knows (Ctrl+B, Ctrl+I, Ctrl+U, Ctrl+Z,
 * Ctrl+Y, Ctrl+Alt+1…3 for headings, Ctrl+Shift+7/8 for lists), each announced to screen readers.
 */
export function EditorToolbar({ editor, extra }: { editor: Editor; extra?: ReactNode }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      strike: current.isActive('strike'),
      h1: current.isActive('heading', { level: 1 }),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bullet: current.isActive('bulletList'),
      ordered: current.isActive('orderedList'),
      quote: current.isActive('blockquote'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => promptForLink(editor, t('documents.linkPrompt'));
  return (
    <Group gap={2} role="toolbar" aria-label={t('documents.toolbar')} wrap="wrap">
      <Tool label={t('documents.tools.undo')} shortcut={`${mod}+Z`} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
        <IconArrowBackUp size={18} aria-hidden />
      </Tool>
      <Tool label={t('documents.tools.redo')} shortcut={`${mod}+Y`} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
        <IconArrowForwardUp size={18} aria-hidden />
      </Tool>
      <Divider orientation="vertical" />
      <Tool label={t('documents.tools.bold')} shortcut={`${mod}+B`} active={state.bold} onClick={() => chain().toggleBold().run()}>
        <IconBold size={18} aria-hidden />
      </Tool>
      <Tool label={t('documents.tools.italic')} shortcut={`${mod}+I`} active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <IconItalic size={18} aria-hidden />
      </Tool>
      <Tool
        label={t('documents.tools.underline')}
        shortcut={`${mod}+U`}
        active={state.underline}
        onClick={() => chain().toggleUnderline().run()}
      >
        <IconUnderline size={18} aria-hidden />
      </Tool>
      <Tool
        label={t('documents.tools.strike')}
        shortcut={`${mod}+Shift+S`}
        active={state.strike}
        onClick={() => chain().toggleStrike().run()}
      >
        <IconStrikethrough size={18} aria-hidden />
      </Tool>
      <Divider orientation="vertical" />
      <Tool
        label={t('documents.tools.h1')}
        shortcut={`${mod}+Alt+1`}
        active={state.h1}
        onClick={() => chain().toggleHeading({ level: 1 }).run()}
      >
        <IconH1 size={18} aria-hidden />
      </Tool>
      <Tool
        label={t('documents.tools.h2')}
        shortcut={`${mod}+Alt+2`}
        active={state.h2}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      >
        <IconH2 size={18} aria-hidden />
      </Tool>
      <Tool
        label={t('documents.tools.h3')}
        shortcut={`${mod}+Alt+3`}
        active={state.h3}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      >
        <IconH3 size={18} aria-hidden />
      </Tool>
      <Divider orientation="vertical" />
      <Tool
        label={t('documents.tools.bulletList')}
        shortcut={`${mod}+Shift+8`}
        active={state.bullet}
        onClick={() => chain().toggleBulletList().run()}
      >
        <IconList size={18} aria-hidden />
      </Tool>
      <Tool
        label={t('documents.tools.orderedList')}
        shortcut={`${mod}+Shift+7`}
        active={state.ordered}
        onClick={() => chain().toggleOrderedList().run()}
      >
        <IconListNumbers size={18} aria-hidden />
      </Tool>
      <Tool
        label={t('documents.tools.quote')}
        shortcut={`${mod}+Shift+B`}
        active={state.quote}
        onClick={() => chain().toggleBlockquote().run()}
      >
        <IconBlockquote size={18} aria-hidden />
      </Tool>
      <Tool label={t('documents.tools.link')} shortcut={`${mod}+K`} active={state.link} onClick={setLink}>
        <IconLink size={18} aria-hidden />
      </Tool>
      <Tool label={t('documents.tools.table')} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
        <IconTable size={18} aria-hidden />
      </Tool>
      {extra && <Divider orientation="vertical" />}
      {extra}
    </Group>
  );
}

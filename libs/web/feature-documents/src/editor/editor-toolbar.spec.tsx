/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { buildDocumentExtensions, DOCUMENT_FRAGMENT, documentSchema, type DocumentJSON } from '@ruta/shared-editor-schema';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { Collaboration } from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import { useEffect, useState } from 'react';
import { renderInApp } from '../testing/render-in-app.js';
import { EditorToolbar } from './editor-toolbar.js';

const paragraph = (text: string): DocumentJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/**
 * The toolbar over an editor with the documents' own extensions and, as in the app, Yjs's
 * collaboration (which brings undo and redo), on a document as the server sends it. Its text is
 * selected, from the first letter to the last, as a person does before pressing a tool.
 */
function ToolbarOverDocument({ content }: { content: DocumentJSON[] }) {
  const [doc] = useState(() => prosemirrorJSONToYDoc(documentSchema, { type: 'doc', content }, DOCUMENT_FRAGMENT));
  const editor = useEditor({
    extensions: [...buildDocumentExtensions(), Collaboration.configure({ document: doc })],
    editorProps: { attributes: { 'aria-label': 'Documento', role: 'textbox' } },
  });
  useEffect(() => {
    editor?.commands.setTextSelection({ from: 1, to: editor.state.doc.content.size - 1 });
  }, [editor]);
  return (
    editor && (
      <>
        <EditorToolbar editor={editor} />
        <EditorContent editor={editor} />
      </>
    )
  );
}

function renderToolbar(content: DocumentJSON[] = [paragraph('Riego comunitario')]) {
  renderInApp(<ToolbarOverDocument content={content} />);
  const toolbar = screen.getByRole('toolbar', { name: 'Formato' });
  return {
    user: userEvent.setup(),
    tool: (name: string) => within(toolbar).getByRole('button', { name }),
    document: screen.getByRole('textbox', { name: 'Documento' }),
  };
}

describe('the documents’ formatting toolbar', () => {
  it('names every tool in Spanish', () => {
    renderToolbar();
    const toolbar = screen.getByRole('toolbar', { name: 'Formato' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([
      'Deshacer',
      'Rehacer',
      'Negrita',
      'Cursiva',
      'Subrayado',
      'Tachado',
      'Título 1',
      'Título 2',
      'Título 3',
      'Viñetas',
      'Numeración',
      'Cita',
      'Enlace',
      'Insertar tabla',
    ]);
  });

  it('says which formats are on, and only for the tools that toggle', () => {
    const { tool } = renderToolbar();
    for (const name of [
      'Negrita',
      'Cursiva',
      'Subrayado',
      'Tachado',
      'Título 1',
      'Título 2',
      'Título 3',
      'Viñetas',
      'Numeración',
      'Cita',
    ]) {
      expect(tool(name).getAttribute('aria-pressed')).toBe('false');
    }
    for (const name of ['Deshacer', 'Rehacer', 'Insertar tabla']) expect(tool(name).hasAttribute('aria-pressed')).toBe(false);
  });

  it('makes the selected text bold and back, and shows the tool pressed while it is', async () => {
    const { user, tool, document } = renderToolbar();
    await user.click(tool('Negrita'));
    expect(document.querySelector('strong')?.textContent).toBe('Riego comunitario');
    expect(tool('Negrita').getAttribute('aria-pressed')).toBe('true');
    expect(tool('Cursiva').getAttribute('aria-pressed')).toBe('false');

    await user.click(tool('Negrita'));
    expect(document.querySelector('strong')).toBeNull();
    expect(tool('Negrita').getAttribute('aria-pressed')).toBe('false');
  });

  it('turns the paragraph into a heading of the level pressed', async () => {
    const { user, tool, document } = renderToolbar();
    await user.click(tool('Título 2'));
    expect(document.querySelector('h2')?.textContent).toBe('Riego comunitario');
    expect(tool('Título 2').getAttribute('aria-pressed')).toBe('true');
    expect(tool('Título 1').getAttribute('aria-pressed')).toBe('false');

    await user.click(tool('Título 3'));
    expect(document.querySelector('h2')).toBeNull();
    expect(document.querySelector('h3')?.textContent).toBe('Riego comunitario');
    expect(tool('Título 3').getAttribute('aria-pressed')).toBe('true');
    expect(tool('Título 2').getAttribute('aria-pressed')).toBe('false');
  });

  it('makes a bulleted list of the selected paragraphs, and a numbered one instead', async () => {
    const { user, tool, document } = renderToolbar([paragraph('Agua'), paragraph('Vialidad')]);
    await user.click(tool('Viñetas'));
    expect([...document.querySelectorAll('ul > li')].map((item) => item.textContent)).toEqual(['Agua', 'Vialidad']);
    expect(tool('Viñetas').getAttribute('aria-pressed')).toBe('true');

    await user.click(tool('Numeración'));
    expect(document.querySelector('ul')).toBeNull();
    expect([...document.querySelectorAll('ol > li')].map((item) => item.textContent)).toEqual(['Agua', 'Vialidad']);
    expect(tool('Numeración').getAttribute('aria-pressed')).toBe('true');
    expect(tool('Viñetas').getAttribute('aria-pressed')).toBe('false');
  });

  it('offers undo only once something changed, and takes the change back', async () => {
    const { user, tool, document } = renderToolbar();
    expect(tool('Deshacer').hasAttribute('disabled')).toBe(true);
    expect(tool('Rehacer').hasAttribute('disabled')).toBe(true);

    await user.click(tool('Negrita'));
    expect(tool('Deshacer').hasAttribute('disabled')).toBe(false);

    await user.click(tool('Deshacer'));
    expect(document.querySelector('strong')).toBeNull();
    expect(tool('Rehacer').hasAttribute('disabled')).toBe(false);
  });
});

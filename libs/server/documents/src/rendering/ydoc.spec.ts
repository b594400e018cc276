import { documentSchema, mentionAttrs } from '@ruta/shared-editor-schema';
import type { JSONContent } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { documentJson, emptyDocumentJson, replaceDocument } from './index.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({ type, content: [paragraph(text(value))] });

/** An outcome document with every kind of content (attributes left unset, as a client may send them). */
const outcomeDocument: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Relatoría del conversatorio de Imbabura')] },
    paragraph(
      text('Participaron '),
      { type: 'mention', attrs: mentionAttrs('person', 'u-1', 'María Quishpe') },
      text(' y '),
      { type: 'mention', attrs: mentionAttrs('province', 'EC-I', 'Imbabura') },
      text('. Ver el '),
      text('informe', [{ type: 'link', attrs: { href: 'https://congope.gob.ec/informe' } }, { type: 'bold' }]),
      { type: 'hardBreak' },
      text('fin', [{ type: 'italic' }]),
    ),
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            paragraph(text('Riego')),
            { type: 'orderedList', attrs: { start: 2 }, content: [{ type: 'listItem', content: [paragraph(text('Zonas altas'))] }] },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [paragraph(text('Cita'))] },
    { type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT 1;')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Eje'), cell('tableHeader', 'Responsable')] },
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', attrs: { colspan: 2, colwidth: [120, 80] }, content: [paragraph(text('Riego'))] }],
        },
      ],
    },
    { type: 'actionItem', attrs: { actionItemId: '6f1c0a52-8d1e-4f57-9a3c-2b8e4d7f9a10' } },
  ],
};

const normalized = (json: JSONContent) => ProseMirrorNode.fromJSON(documentSchema, json).toJSON();

describe('Y.Doc documents', () => {
  it('reads an empty Y.Doc as an empty document', () => {
    const ydoc = new Y.Doc();
    expect(documentJson(ydoc)).toEqual({ type: 'doc' });
    expect(normalized(emptyDocumentJson())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('reads the fragment the editor writes ("default")', () => {
    const ydoc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(documentSchema, outcomeDocument, ydoc.getXmlFragment('default'));
    expect(documentJson(ydoc)).toEqual(normalized(outcomeDocument));
  });

  it('replaces the whole document in one transaction, and reads it back', () => {
    const ydoc = new Y.Doc();
    replaceDocument(ydoc, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Versión anterior' }] }] });

    const updates: Uint8Array[] = [];
    const origins: unknown[] = [];
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      updates.push(update);
      origins.push(origin);
    });
    replaceDocument(ydoc, outcomeDocument, 'restore');

    expect(updates).toHaveLength(1);
    expect(origins).toEqual(['restore']);
    expect(documentJson(ydoc)).toEqual(normalized(outcomeDocument));

    // Another replica that receives the one update ends with the same document.
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(ydoc));
    expect(documentJson(replica)).toEqual(normalized(outcomeDocument));
  });

  it('fills a document with no block the way the editor would', () => {
    const ydoc = new Y.Doc();
    replaceDocument(ydoc, outcomeDocument);
    replaceDocument(ydoc, { type: 'doc', content: [] });
    expect(documentJson(ydoc)).toEqual(normalized(emptyDocumentJson()));
  });

  it('leaves the document untouched when the replacement is not a valid document', () => {
    const ydoc = new Y.Doc();
    replaceDocument(ydoc, outcomeDocument);
    let updates = 0;
    ydoc.on('update', () => updates++);
    expect(() => replaceDocument(ydoc, { type: 'doc', content: [{ type: 'text', text: 'suelto' }] })).toThrow();
    expect(updates).toBe(0);
    expect(documentJson(ydoc)).toEqual(normalized(outcomeDocument));
  });
});

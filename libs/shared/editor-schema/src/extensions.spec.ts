import { Editor, getSchema, type JSONContent } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html/server';
import type { StarterKitOptions } from '@tiptap/starter-kit';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import {
  ActionItemBlock,
  buildDocumentExtensions,
  documentExtensions,
  documentSchema,
  isAllowedLinkHref,
  isAllowedLinkValue,
  mentionAttrs,
  mentionKindOf,
  mentionText,
} from './index.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

/** A document with every node and mark the app relies on. */
const everything: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Acuerdos')] },
    paragraph(
      text('negrita', [{ type: 'bold' }]),
      text(' cursiva', [{ type: 'italic' }]),
      text(' subrayado', [{ type: 'underline' }]),
      text(' tachado', [{ type: 'strike' }]),
      text(' código', [{ type: 'code' }]),
      text(' enlace', [{ type: 'link', attrs: { href: 'https://congope.gob.ec' } }]),
      { type: 'hardBreak' },
      { type: 'mention', attrs: mentionAttrs('person', 'u-1', 'María Quishpe') },
      text(' y '),
      { type: 'mention', attrs: mentionAttrs('province', 'EC-I', 'Imbabura') },
    ),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('uno'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('tres'))] }] },
    { type: 'blockquote', content: [paragraph(text('cita'))] },
    { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('const a = 1;')] },
    { type: 'horizontalRule' },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('Eje'))] }] },
        {
          type: 'tableRow',
          content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [paragraph(text('Riego'))] }],
        },
      ],
    },
    { type: 'actionItem', attrs: { actionItemId: '6f1c0a52-8d1e-4f57-9a3c-2b8e4d7f9a10' } },
  ],
};

describe('document schema', () => {
  it('has the nodes and marks the app relies on', () => {
    expect(Object.keys(documentSchema.nodes)).toEqual(
      expect.arrayContaining([
        'doc',
        'paragraph',
        'text',
        'heading',
        'bulletList',
        'orderedList',
        'listItem',
        'blockquote',
        'codeBlock',
        'horizontalRule',
        'hardBreak',
        'table',
        'tableRow',
        'tableHeader',
        'tableCell',
        'mention',
        'actionItem',
      ]),
    );
    expect(Object.keys(documentSchema.marks)).toEqual(expect.arrayContaining(['link', 'bold', 'italic', 'underline', 'strike', 'code']));
    expect(documentSchema.nodes.actionItem.spec).toMatchObject({ group: 'block', atom: true, draggable: true, selectable: true });
    expect(Object.keys(documentSchema.nodes.mention.spec.attrs ?? {})).toEqual(['id', 'label', 'mentionSuggestionChar']);
  });

  it('keeps a document with every node and mark through fromJSON and toJSON', () => {
    const node = ProseMirrorNode.fromJSON(documentSchema, everything);
    node.check();
    const json = node.toJSON();
    expect(ProseMirrorNode.fromJSON(documentSchema, json).eq(node)).toBe(true);
    expect(json.content.map((child: JSONContent) => child.type)).toEqual(everything.content?.map((child) => child.type));
    expect(json.content[1].content[9].attrs).toEqual({ id: 'EC-I', label: 'Imbabura', mentionSuggestionChar: '#' });
    expect(json.content[8].attrs).toEqual({ actionItemId: '6f1c0a52-8d1e-4f57-9a3c-2b8e4d7f9a10' });
  });

  it('keeps a document through HTML and back', () => {
    const html = generateHTML(everything, documentExtensions);
    const back = ProseMirrorNode.fromJSON(documentSchema, generateJSON(html, documentExtensions));
    expect(back.eq(ProseMirrorNode.fromJSON(documentSchema, everything))).toBe(true);
  });

  it('renders and parses mentions with their kind', () => {
    const html = generateHTML(
      { type: 'doc', content: [paragraph({ type: 'mention', attrs: mentionAttrs('province', 'EC-I', 'Imbabura') })] },
      documentExtensions,
    );
    expect(html).toBe(
      '<p><span data-type="mention" class="mention" data-id="EC-I" data-label="Imbabura" data-mention-kind="province">#Imbabura</span></p>',
    );
    const parsed = generateJSON(
      '<p><span data-type="mention" data-id="u-1" data-label="Ana" data-mention-kind="person">@Ana</span> <span data-type="mention" data-id="EC-P" data-label="Pichincha" data-mention-suggestion-char="#">#Pichincha</span></p>',
      documentExtensions,
    );
    const [person, , province] = parsed.content[0].content;
    expect(person.attrs).toEqual({ id: 'u-1', label: 'Ana', mentionSuggestionChar: '@' });
    expect(province.attrs).toEqual({ id: 'EC-P', label: 'Pichincha', mentionSuggestionChar: '#' });
    expect(mentionKindOf(province.attrs)).toBe('province');
    expect(mentionText(province.attrs)).toBe('#Pichincha');
    expect(mentionText(person.attrs)).toBe('@Ana');
  });

  it('renders and parses the action item block as a placeholder', () => {
    const html = generateHTML({ type: 'doc', content: [{ type: 'actionItem', attrs: { actionItemId: 'a-1' } }] }, documentExtensions);
    expect(html).toBe('<div data-action-item="" data-action-item-id="a-1"></div>');
    expect(generateJSON(html, documentExtensions).content).toEqual([{ type: 'actionItem', attrs: { actionItemId: 'a-1' } }]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/x',
  ])('does not keep a link to %j parsed from HTML', (href) => {
    const a = `<a href="${href.replace(/"/g, '&quot;').replace(/</g, '&lt;')}">clic</a>`;
    const json = generateJSON(`<p>${a}</p>`, documentExtensions);
    expect(json.content[0].content).toEqual([{ type: 'text', text: 'clic' }]);
    expect(isAllowedLinkHref(href)).toBe(false);
    expect(isAllowedLinkValue(href)).toBe(false);
  });

  it.each(['https://congope.gob.ec/a?b=c', 'http://example.org', 'mailto:info@congope.gob.ec', '/hoja-de-ruta/123'])(
    'keeps a link to %s',
    (href) => {
      const json = generateJSON(`<p><a href="${href}">clic</a></p>`, documentExtensions);
      expect(json.content[0].content[0].marks).toEqual([
        expect.objectContaining({ type: 'link', attrs: expect.objectContaining({ href }) }),
      ]);
    },
  );

  it('lets the autolinker and paste rules link addresses typed without a protocol', () => {
    // They check the link's text ("www.congope.gob.ec") with isAllowedUri before adding the protocol.
    const link = (documentExtensions[0].options as StarterKitOptions).link;
    const isAllowedUri = link === false ? undefined : link.isAllowedUri;
    const check = (url: string) => isAllowedUri?.(url, { defaultValidate: () => true, protocols: [], defaultProtocol: 'https' });
    expect(['www.congope.gob.ec', 'info@congope.gob.ec', 'https://congope.gob.ec', 'mailto:info@congope.gob.ec'].map(check)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['javascript:alert(1)', 'data:text/html,x', 'tel:123', 'ftp://x', '//evil.example', 'congope.gob.ec:80/x'].map(check)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses to set a link to a script in the editor, and inserts action items', () => {
    const editor = new Editor({ extensions: documentExtensions, content: { type: 'doc', content: [paragraph(text('clic'))] } });
    try {
      editor.commands.selectAll();
      expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
      expect(editor.commands.setLink({ href: 'https://congope.gob.ec' })).toBe(true);
      editor.commands.setTextSelection(editor.state.doc.content.size);
      expect(editor.commands.insertActionItem('a-1')).toBe(true);
      expect(editor.getJSON().content?.some((node) => node.type === 'actionItem' && node.attrs?.actionItemId === 'a-1')).toBe(true);
      expect(editor.getText()).toContain('clic');
    } finally {
      editor.destroy();
    }
  });

  it('lets the web add suggestions and a node view without changing the schema', () => {
    const extensions = buildDocumentExtensions({
      mention: { suggestions: [{ char: '@' }, { char: '#' }] },
      actionItem: (node) => node.extend({ addNodeView: () => null }),
    });
    const schema = getSchema(extensions);
    expect(Object.keys(schema.nodes)).toEqual(Object.keys(documentSchema.nodes));
    expect(Object.keys(schema.marks)).toEqual(Object.keys(documentSchema.marks));
    expect(schema.nodes.actionItem.spec.attrs).toEqual(documentSchema.nodes.actionItem.spec.attrs);
    expect(Object.keys(schema.nodes.mention.spec.attrs ?? {})).toEqual(Object.keys(documentSchema.nodes.mention.spec.attrs ?? {}));
    // Still rendered from the node's own kind, whichever suggestions are configured.
    const html = generateHTML(
      { type: 'doc', content: [paragraph({ type: 'mention', attrs: mentionAttrs('province', 'EC-I', 'Imbabura') })] },
      extensions,
    );
    expect(html).toContain('>#Imbabura</span>');
    expect(ActionItemBlock.name).toBe('actionItem');
  });
});

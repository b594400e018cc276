import type { JSONContent } from '@tiptap/core';
import { Window } from 'happy-dom';
import { mentionAttrs } from '@ruta/shared-editor-schema';
import { renderDocument, type RenderContext } from './index.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
const link = (href: string) => [{ type: 'link', attrs: { href } }];
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({ type, content: [paragraph(text(value))] });
const ACTION_ITEM_ID = '6f1c0a52-8d1e-4f57-9a3c-2b8e4d7f9a10';
const HIDDEN_ACTION_ITEM_ID = '0b7d3e15-2c4a-4e8f-b1d6-9f3a5c7e2d84';

/** A realistic outcome document of a conversatorio. */
const outcomeDocument: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Relatoría del conversatorio de Imbabura')] },
    paragraph(
      text('Participaron '),
      { type: 'mention', attrs: mentionAttrs('person', 'u-1', 'María Quishpe') },
      text(' y representantes de '),
      { type: 'mention', attrs: mentionAttrs('province', 'EC-I', 'Imbabura') },
      text('. Ver el '),
      text('informe previo', [{ type: 'link', attrs: { href: 'https://congope.gob.ec/informe' } }]),
      text('.'),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [text('Acuerdos')] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(text('Riego', [{ type: 'bold' }]), text(' comunitario en zonas altas'))] },
        {
          type: 'listItem',
          content: [
            paragraph(text('Vialidad rural', [{ type: 'italic' }])),
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Mantenimiento de caminos vecinales'))] }] },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Eje'), cell('tableHeader', 'Responsable')] },
        { type: 'tableRow', content: [cell('tableCell', 'Riego'), cell('tableCell', 'GAD provincial')] },
      ],
    },
    { type: 'actionItem', attrs: { actionItemId: ACTION_ITEM_ID } },
  ],
};

const context: RenderContext = {
  language: 'es',
  actionItems: new Map([
    [
      ACTION_ITEM_ID,
      {
        title: 'Plan de riego de Imbabura',
        status: 'IN_PROGRESS',
        statusLabel: 'En ejecución',
        progress: 40,
        href: `/hoja-de-ruta/${ACTION_ITEM_ID}`,
      },
    ],
  ]),
};

describe('renderDocument', () => {
  it('renders an outcome document as html, markdown and text', () => {
    const rendered = renderDocument(outcomeDocument, context);

    expect(rendered.html).toBe(
      [
        '<h1>Relatoría del conversatorio de Imbabura</h1>',
        '<p>Participaron <span data-type="mention" class="mention" data-id="u-1" data-label="María Quishpe" data-mention-kind="person">@María Quishpe</span>',
        ' y representantes de <span data-type="mention" class="mention" data-id="EC-I" data-label="Imbabura" data-mention-kind="province">#Imbabura</span>.',
        ' Ver el <a href="https://congope.gob.ec/informe" rel="noopener noreferrer nofollow">informe previo</a>.</p>',
        '<h2>Acuerdos</h2>',
        '<ul><li><p><strong>Riego</strong> comunitario en zonas altas</p></li>',
        '<li><p><em>Vialidad rural</em></p><ul><li><p>Mantenimiento de caminos vecinales</p></li></ul></li></ul>',
        '<table><colgroup><col /><col /></colgroup><tbody>',
        '<tr><th colspan="1" rowspan="1"><p>Eje</p></th><th colspan="1" rowspan="1"><p>Responsable</p></th></tr>',
        '<tr><td colspan="1" rowspan="1"><p>Riego</p></td><td colspan="1" rowspan="1"><p>GAD provincial</p></td></tr>',
        '</tbody></table>',
        `<div class="action-item" data-action-item-id="${ACTION_ITEM_ID}"><p><strong>Acción:</strong>`,
        ` <a href="/hoja-de-ruta/${ACTION_ITEM_ID}" rel="noopener noreferrer nofollow">Plan de riego de Imbabura</a> — En ejecución · 40 %</p></div>`,
      ].join(''),
    );

    expect(rendered.markdown).toBe(
      [
        '# Relatoría del conversatorio de Imbabura',
        '',
        'Participaron @María Quishpe y representantes de #Imbabura. Ver el [informe previo](https://congope.gob.ec/informe).',
        '',
        '## Acuerdos',
        '',
        '- **Riego** comunitario en zonas altas',
        '- *Vialidad rural*',
        '  - Mantenimiento de caminos vecinales',
        '',
        '| Eje | Responsable |',
        '| --- | --- |',
        '| Riego | GAD provincial |',
        '',
        `> **Acción:** [Plan de riego de Imbabura](/hoja-de-ruta/${ACTION_ITEM_ID}) — En ejecución · 40 %`,
      ].join('\n'),
    );

    expect(rendered.text).toBe(
      [
        'Relatoría del conversatorio de Imbabura',
        'Participaron @María Quishpe y representantes de #Imbabura. Ver el informe previo.',
        'Acuerdos',
        '- Riego comunitario en zonas altas',
        '- Vialidad rural',
        '  - Mantenimiento de caminos vecinales',
        'Eje | Responsable',
        'Riego | GAD provincial',
        'Acción: Plan de riego de Imbabura (En ejecución, 40 %)',
      ].join('\n'),
    );
  });

  it('renders an action item it cannot show as not available, in the reader’s language', () => {
    const blocks = doc(
      { type: 'actionItem', attrs: { actionItemId: HIDDEN_ACTION_ITEM_ID } },
      { type: 'actionItem', attrs: { actionItemId: null } },
    );
    const es = renderDocument(blocks, context);
    expect(es.html).toBe(
      `<div class="action-item" data-action-item-id="${HIDDEN_ACTION_ITEM_ID}"><p><em>Acción no disponible</em></p></div>` +
        '<div class="action-item"><p><em>Acción no disponible</em></p></div>',
    );
    expect(es.markdown).toBe('> *Acción no disponible*\n\n> *Acción no disponible*');
    expect(es.text).toBe('Acción no disponible\nAcción no disponible');

    const en = renderDocument(doc({ type: 'actionItem', attrs: { actionItemId: ACTION_ITEM_ID } }, blocks.content![0]), {
      ...context,
      language: 'en',
    });
    expect(en.html).toContain('<strong>Action:</strong>');
    expect(en.html).toContain('— En ejecución · 40%</p>');
    expect(en.html).toContain('<p><em>Action not available</em></p>');
    expect(en.text).toBe('Action: Plan de riego de Imbabura (En ejecución, 40%)\nAction not available');
  });

  it('renders marks, ordered and nested lists, quotes, code, breaks and rules as markdown', () => {
    const rendered = renderDocument(
      doc(
        paragraph(
          text('Texto '),
          text('negrita ', [{ type: 'bold' }]),
          text('y cursiva', [{ type: 'bold' }, { type: 'italic' }]),
          text(', '),
          text('subrayado', [{ type: 'underline' }]),
          text(', '),
          text('tachado', [{ type: 'strike' }]),
          text(', '),
          text('a`b', [{ type: 'code' }]),
          { type: 'hardBreak' },
          text('segunda línea'),
        ),
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [
                paragraph(text('tres')),
                { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('sub'))] }] },
              ],
            },
            { type: 'listItem', content: [paragraph(text('cuatro'))] },
          ],
        },
        { type: 'blockquote', content: [paragraph(text('cita')), paragraph(text('dos'))] },
        { type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT * FROM action_item;\n-- ```')] },
        { type: 'horizontalRule' },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                { type: 'tableHeader', attrs: { colspan: 2 }, content: [paragraph(text('a|b'), { type: 'hardBreak' }, text('c'))] },
              ],
            },
            {
              type: 'tableRow',
              content: [
                { type: 'tableCell', content: [paragraph(text('x', [{ type: 'code' }]))] },
                { type: 'tableCell', content: [paragraph(text('y'))] },
              ],
            },
          ],
        },
      ),
      context,
    );
    expect(rendered.markdown).toBe(
      [
        'Texto **negrita *y cursiva***, subrayado, ~~tachado~~, ``a`b``\\',
        'segunda línea',
        '',
        '3. tres',
        '   - sub',
        '4. cuatro',
        '',
        '> cita',
        '>',
        '> dos',
        '',
        '````sql',
        'SELECT * FROM action_item;',
        '-- ```',
        '````',
        '',
        '---',
        '',
        '| a\\|b c |  |',
        '| --- | --- |',
        '| `x` | y |',
      ].join('\n'),
    );
    expect(rendered.html).toContain(
      '<p>Texto <strong>negrita <em>y cursiva</em></strong>, <u>subrayado</u>, <s>tachado</s>, <code>a`b</code><br />segunda línea</p>',
    );
    expect(rendered.html).toContain('<ol start="3"><li><p>tres</p><ul><li><p>sub</p></li></ul></li><li><p>cuatro</p></li></ol>');
    expect(rendered.html).toContain('<pre><code>SELECT * FROM action_item;\n-- ```</code></pre><hr />');
    expect(rendered.text).toBe(
      [
        'Texto negrita y cursiva, subrayado, tachado, a`b',
        'segunda línea',
        '- tres',
        '  - sub',
        '- cuatro',
        'cita',
        'dos',
        'SELECT * FROM action_item;',
        '-- ```',
        'a|b c',
        'x | y',
      ].join('\n'),
    );
  });

  it('escapes text so that it cannot become markdown', () => {
    const rendered = renderDocument(
      doc(
        paragraph(text('*no* _x_ [a](b) `c` \\ ~~s~~ # <b> & &amp; > q')),
        paragraph(
          text('- uno'),
          { type: 'hardBreak' },
          text('2. dos'),
          { type: 'hardBreak' },
          text('+ tres'),
          { type: 'hardBreak' },
          text('==='),
        ),
        paragraph(text('    sangría')),
      ),
      context,
    );
    expect(rendered.markdown).toBe(
      [
        '\\*no\\* \\_x\\_ \\[a\\](b) \\`c\\` \\\\ \\~\\~s\\~\\~ \\# &lt;b\\> & \\&amp; \\> q',
        '',
        '\\- uno\\',
        '2\\. dos\\',
        '\\+ tres\\',
        '\\===',
        '',
        'sangría',
      ].join('\n'),
    );
  });

  it('drops what the schema does not know and keeps its text', () => {
    const rendered = renderDocument(
      doc({ type: 'callout', content: [paragraph(text('se conserva', [{ type: 'highlight' }]))] }, paragraph(text(''))),
      context,
    );
    expect(rendered).toEqual({ html: '<p>se conserva</p><p></p>', markdown: 'se conserva', text: 'se conserva' });
  });

  describe('with content written to attack its readers', () => {
    const attack = doc(
      paragraph(text('<script>alert(1)</script> y <img src=x onerror=alert(1)>')),
      paragraph(
        text('clic', link('javascript:alert(1)')),
        text(' datos', link('data:text/html,<script>alert(1)</script>')),
        text(' tab', link('java\tscript:alert(1)')),
        text(' imagen', link('https://evil.example/x.png')),
        text(' '),
        { type: 'mention', attrs: { id: 'u-1', label: '<b>Ana</b>', mentionSuggestionChar: '@' } },
        text(' '),
        {
          type: 'mention',
          attrs: { id: '"><script>alert(1)</script>', label: '"><img src=x onerror=alert(1)>', mentionSuggestionChar: '#' },
        },
      ),
      { type: 'heading', attrs: { level: 2, onclick: 'alert(1)' }, content: [text('<iframe src="https://evil.example"></iframe>')] },
      { type: 'actionItem', attrs: { actionItemId: '"><script>alert(1)</script>' } },
      { type: 'actionItem', attrs: { actionItemId: 'evil' } },
      {
        type: 'table',
        content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('<svg onload=alert(1)>'))] }] }],
      },
    );
    const evilContext = {
      ...context,
      actionItems: new Map([
        [
          'evil',
          {
            title: '<img src=x onerror=alert(1)>',
            status: 'AGREED',
            statusLabel: '<b>Acordada</b>',
            progress: 40,
            href: 'javascript:alert(1)',
          },
        ],
      ]),
    };
    const rendered = renderDocument(attack, evilContext);

    /** The markup alone: text and attribute values (all double-quoted, escaped) emptied. */
    const markup = (html: string) => html.replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, '><');

    it('keeps the html inert', () => {
      const { html } = rendered;
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<iframe/i);
      expect(html).not.toMatch(/<svg/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).not.toMatch(/data:text/i);
      expect(markup(html)).not.toMatch(/\son\w+=/i);
      expect(markup(html)).not.toMatch(/src=/i);
      expect(markup(html)).not.toMatch(/style=|target=/i);

      // What the user typed is shown as text.
      expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; y &lt;img src=x onerror=alert(1)&gt;</p>');
      expect(html).toContain('<h2>&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;</h2>');
      // Links to a script or data are kept as text; an image URL is only a link.
      expect(html).toContain(
        '<a rel="noopener noreferrer nofollow">clic</a><a rel="noopener noreferrer nofollow"> datos</a><a rel="noopener noreferrer nofollow"> tab</a>' +
          '<a href="https://evil.example/x.png" rel="noopener noreferrer nofollow"> imagen</a>',
      );
      expect(html).toContain('data-label="&lt;b&gt;Ana&lt;/b&gt;" data-mention-kind="person">@&lt;b&gt;Ana&lt;/b&gt;</span>');
      expect(html).toContain('<p><strong>Acción:</strong> &lt;img src=x onerror=alert(1)&gt; — &lt;b&gt;Acordada&lt;/b&gt; · 40 %</p>');
    });

    it('keeps the html inert when a browser parses it', () => {
      const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
      try {
        const container = window.document.createElement('div');
        container.innerHTML = rendered.html;
        expect(container.querySelectorAll('script, img, iframe, svg, math, object, embed, form, input, style, link, meta')).toHaveLength(0);
        for (const element of container.querySelectorAll('*')) {
          for (const { name, value } of element.attributes) {
            expect(name).not.toMatch(/^on|^style$|^src$|^target$/i);
            if (name === 'href') expect(value).toMatch(/^(https?:|mailto:|\/[^/\\])/);
          }
        }
        expect(container.querySelectorAll('a')).toHaveLength(4);
      } finally {
        window.happyDOM.abort();
        window.close();
      }
    });

    it('keeps the markdown inert', () => {
      const { markdown } = rendered;
      expect(markdown).not.toMatch(/<script|<img|<iframe|<svg|<b>/i);
      expect(markdown).not.toMatch(/javascript:|data:text/i);
      expect(markdown).toContain('&lt;script\\>alert(1)&lt;/script\\> y &lt;img src=x onerror=alert(1)\\>');
      expect(markdown).toContain(
        'clic datos tab [imagen](https://evil.example/x.png) @&lt;b\\>Ana&lt;/b\\> #"\\>&lt;img src=x onerror=alert(1)\\>',
      );
      expect(markdown).toContain('> **Acción:** &lt;img src=x onerror=alert(1)\\> — &lt;b\\>Acordada&lt;/b\\> · 40 %');
      expect(markdown).not.toMatch(/!\[/);
    });

    it('keeps the text as typed (it is escaped by whoever displays it)', () => {
      expect(rendered.text.split('\n')).toEqual([
        '<script>alert(1)</script> y <img src=x onerror=alert(1)>',
        'clic datos tab imagen @<b>Ana</b> #"><img src=x onerror=alert(1)>',
        '<iframe src="https://evil.example"></iframe>',
        'Acción no disponible',
        'Acción: <img src=x onerror=alert(1)> (<b>Acordada</b>, 40 %)',
        '<svg onload=alert(1)>',
      ]);
    });
  });
});

import { contentDisposition } from '@ruta/server-core';
import { memoriaFileName } from './memoria-file-name.js';

describe('memoria file names', () => {
  const createdAt = new Date('2026-12-03T19:05:00Z'); // 14:05 in Guayaquil

  it('name a draft by scope, language and generation time in the forum zone', () => {
    expect(memoriaFileName({ kind: 'draft', scopeKind: 'FORUM', scopeLabel: 'Todo el foro', language: 'es', createdAt })).toBe(
      'memoria-borrador-foro-es-2026-12-03-1405',
    );
    expect(
      memoriaFileName({ kind: 'draft', scopeKind: 'THEME', scopeLabel: 'Theme: Paradiplomacia y cooperación', language: 'en', createdAt }),
    ).toBe('memoria-borrador-eje-paradiplomacia-y-cooperacion-en-2026-12-03-1405');
  });

  it('name a version by its number and scope', () => {
    expect(
      memoriaFileName({ kind: 'version', number: 3, scopeKind: 'PROVINCE', scopeLabel: 'Provincia: Chimborazo', language: 'es' }),
    ).toBe('memoria-v3-provincia-chimborazo-es');
  });

  it('keep an ASCII filename and add filename* for other letters', () => {
    const file = {
      kind: 'version' as const,
      number: 1,
      scopeKind: 'PROVINCE' as const,
      scopeLabel: 'Provincia: Galápagos',
      language: 'es',
    };
    const ascii = `${memoriaFileName(file)}.pdf`;
    const unicode = `${memoriaFileName(file, false)}.pdf`;
    expect(contentDisposition(ascii, unicode)).toBe(
      `attachment; filename="memoria-v1-provincia-galapagos-es.pdf"; filename*=UTF-8''memoria-v1-provincia-gal%C3%A1pagos-es.pdf`,
    );
    expect(contentDisposition('memoria-v2-foro-es.pdf', 'memoria-v2-foro-es.pdf')).toBe('attachment; filename="memoria-v2-foro-es.pdf"');
  });
});

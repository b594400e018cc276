import { ActionItemStatus } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { documentSchema, mentionAttrs } from '@ruta/shared-editor-schema';
import { DocumentEntity, renderDocument } from '@ruta/server-documents';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type { JSONContent } from '@tiptap/core';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { conversatorioId } from './conversatorios.js';
import { demoActionItemId } from './demo-roadmap.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const heading = (level: number, value: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [text(value)] });
const bullets = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })),
});

/** The first lines of the relatoría of the cooperación descentralizada conversatorio (demo mode). */
function outcomeDraft(moderatorId: string): JSONContent {
  return {
    type: 'doc',
    content: [
      heading(2, 'Síntesis del conversatorio'),
      paragraph(
        text('Participaron los equipos de cooperación de '),
        { type: 'mention', attrs: mentionAttrs('province', '01', 'Azuay') },
        text(', '),
        { type: 'mention', attrs: mentionAttrs('province', '17', 'Pichincha') },
        text(' y '),
        { type: 'mention', attrs: mentionAttrs('province', '13', 'Manabí') },
        text(', con la moderación de '),
        { type: 'mention', attrs: mentionAttrs('person', moderatorId, 'Moderación (demo)') },
        text('.'),
      ),
      heading(3, 'Acuerdos'),
      bullets(
        'Compartir un inventario común de proyectos con financiamiento no reembolsable.',
        'Priorizar la formulación de proyectos alineados con los planes de desarrollo y ordenamiento territorial.',
      ),
      heading(3, 'Acciones de la hoja de ruta'),
      { type: 'actionItem', attrs: { actionItemId: demoActionItemId('formulacion-proyectos') } },
      paragraph(text('Pendiente: ', [{ type: 'bold' }]), text('confirmar el acompañamiento de los socios para el programa de riego.')),
    ],
  };
}

/** Demo mode: the seeded relatoría starts with a draft (only while it is empty). */
export async function insertDemoDocuments(manager: EntityManager, userId: (email: string) => string): Promise<void> {
  const document = await manager
    .getRepository(DocumentEntity)
    .createQueryBuilder('document')
    .addSelect('document.state')
    .where('document.conversatorioId = :id', { id: conversatorioId('cooperacion-descentralizada') })
    .getOne();
  if (!document || document.state || document.plainText) return;
  const json = outcomeDraft(userId('moderador@demo.ruta.ec'));
  const ydoc = prosemirrorJSONToYDoc(documentSchema, json, 'default');
  const [item] = (await manager.query('SELECT title, status, progress FROM action_item WHERE id = $1', [
    demoActionItemId('formulacion-proyectos'),
  ])) as Array<{ title: string; status: ActionItemStatus; progress: number }>;
  const rendered = renderDocument(json, {
    language: 'es',
    actionItems: new Map(
      item
        ? [
            [
              demoActionItemId('formulacion-proyectos'),
              {
                ...item,
                statusLabel: messages.es.actionItemStatus[item.status],
                href: `/hoja-de-ruta/${demoActionItemId('formulacion-proyectos')}`,
              },
            ],
          ]
        : [],
    ),
  });
  await manager.update(DocumentEntity, document.id, {
    state: Buffer.from(Y.encodeStateAsUpdate(ydoc)),
    html: rendered.html,
    markdown: rendered.markdown,
    plainText: rendered.text,
    contentUpdatedAt: new Date(),
  });
  ydoc.destroy();
}

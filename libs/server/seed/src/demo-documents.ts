import { ActionItemStatus, DocumentKind } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { documentSchema, mentionAttrs } from '@ruta/shared-editor-schema';
import { DocumentEntity, ponenciaTitle, renderDocument } from '@ruta/server-documents';
import { SessionSpeakerEntity } from '@ruta/server-events';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import type { JSONContent } from '@tiptap/core';
import type { EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { conversatorioId } from './conversatorios.js';
import { seedId } from './seed-id.js';
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

/** A summary of the keynote on cooperación descentralizada, as an analyst would write it (demo mode). */
function ponenciaDraft(): JSONContent {
  return {
    type: 'doc',
    content: [
      heading(2, 'Ideas principales'),
      paragraph(
        text('La conferencia presentó la cooperación descentralizada como una relación entre gobiernos subnacionales que se '),
        text('construye sobre competencias propias', [{ type: 'bold' }]),
        text(' y no solo como receptora de fondos de la cooperación tradicional.'),
      ),
      bullets(
        'Los gobiernos provinciales pueden gestionar cooperación en el marco de sus competencias del COOTAD.',
        'Las alianzas más duraderas se apoyan en intercambios técnicos entre pares, con objetivos y plazos compartidos.',
        'Una cartera provincial de proyectos priorizados facilita el diálogo con los socios.',
      ),
      heading(2, 'Preguntas del público'),
      paragraph(
        text('Se consultó cómo articular las iniciativas de '),
        { type: 'mention', attrs: mentionAttrs('province', '01', 'Azuay') },
        text(' con las de otras provincias; la respuesta propuso mesas temáticas coordinadas por CONGOPE.'),
      ),
    ],
  };
}

/** Stores a demo document's content: its Yjs state and renderings, as a compaction would. */
async function storeContent(manager: EntityManager, documentId: string, json: JSONContent, rendered: ReturnType<typeof renderDocument>) {
  const ydoc = prosemirrorJSONToYDoc(documentSchema, json, 'default');
  await manager.update(DocumentEntity, documentId, {
    state: Buffer.from(Y.encodeStateAsUpdate(ydoc)),
    html: rendered.html,
    markdown: rendered.markdown,
    plainText: rendered.text,
    contentUpdatedAt: new Date(),
  });
  ydoc.destroy();
}

/** Demo mode: the keynote of the first theme has its ponencia written (only while it is empty). */
async function insertDemoPonencia(manager: EntityManager): Promise<void> {
  const slotId = seedId('slot:cooperacion-descentralizada:keynote:0');
  const slot = await manager.findOne(SessionSpeakerEntity, { where: { id: slotId }, relations: { session: true, speaker: true } });
  if (!slot) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(DocumentEntity)
    .values({ kind: DocumentKind.PONENCIA, title: ponenciaTitle(slot), sessionSpeakerId: slotId })
    .orIgnore()
    .execute();
  const document = await manager
    .getRepository(DocumentEntity)
    .createQueryBuilder('document')
    .addSelect('document.state')
    .where('document.sessionSpeakerId = :slotId', { slotId })
    .getOne();
  if (!document || document.state || document.plainText) return;
  const json = ponenciaDraft();
  await storeContent(manager, document.id, json, renderDocument(json, { language: 'es', actionItems: new Map() }));
}

/** Demo mode: the seeded relatoría starts with a draft, and one ponencia is written (only while they are empty). */
export async function insertDemoDocuments(manager: EntityManager, userId: (email: string) => string): Promise<void> {
  await insertDemoPonencia(manager);
  const document = await manager
    .getRepository(DocumentEntity)
    .createQueryBuilder('document')
    .addSelect('document.state')
    .where('document.conversatorioId = :id', { id: conversatorioId('cooperacion-descentralizada') })
    .getOne();
  if (!document || document.state || document.plainText) return;
  const json = outcomeDraft(userId('moderador@demo.ruta.ec'));
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
  await storeContent(manager, document.id, json, rendered);
}

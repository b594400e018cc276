import { DocumentKind } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { DocumentEntity, ensureOutcomeDocument } from '@ruta/server-documents';
import { ThemeEntity } from '@ruta/server-events';
import type { EntityManager } from 'typeorm';
import { seedId } from './seed-id.js';

export const nationalRoadmapDocumentId = seedId('document:roadmap:national');
export const themeRoadmapDocumentId = (themeKey: string) => seedId(`document:roadmap:${themeKey}`);

/**
 * The hoja de ruta documents (a national one and one per theme) and every conversatorio's outcome
 * document. Inserted when missing; never overwritten.
 */
export async function insertDocuments(manager: EntityManager): Promise<void> {
  const labels = messages.es.documents;
  const themes = await manager.find(ThemeEntity, { order: { position: 'ASC' } });
  await manager
    .createQueryBuilder()
    .insert()
    .into(DocumentEntity)
    .values([
      { id: nationalRoadmapDocumentId, kind: DocumentKind.ROADMAP_NATIONAL, title: labels.roadmapNationalTitle, themeId: null },
      ...themes.map((theme) => ({
        id: themeRoadmapDocumentId(theme.key),
        kind: DocumentKind.ROADMAP_THEME,
        title: `${labels.roadmapThemeTitle}: ${theme.name}`,
        themeId: theme.id,
      })),
    ])
    .orIgnore()
    .execute();
  for (const conversatorio of await manager.find(ConversatorioEntity)) await ensureOutcomeDocument(manager, conversatorio);
}

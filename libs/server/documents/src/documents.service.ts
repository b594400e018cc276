import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collaborationDocumentName, DocumentAccess, DocumentKind } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { APP_CONFIG, AppError, type AppConfig, type AuthUser } from '@ruta/server-core';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import type { DataSource, EntityManager } from 'typeorm';
import { COLLABORATION_TOKEN_TTL_MS, signCollaborationToken } from './collaboration-token.js';
import { COLLABORATION_PATH } from './collaboration/collaboration-path.js';
import { DocumentEntity } from './document.entity.js';
import type { CollaborationTicket, DocumentModel } from './document.model.js';
import { documentAccess, documentsPolicy, type DocumentSubject } from './documents.policy.js';

type Row = DocumentEntity & { conversatorio: (ConversatorioEntity & { theme: { id: string; key: string; name: string } }) | null };

/** The documents: which exist, who may do what in each, and tickets to open them in the editor. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The hoja de ruta documents first (national, then by theme), then the outcome documents. */
  async list(actor: AuthUser): Promise<DocumentModel[]> {
    const rows = (await this.query()
      .orderBy(`CASE document.kind WHEN 'ROADMAP_NATIONAL' THEN 0 WHEN 'ROADMAP_THEME' THEN 1 ELSE 2 END`)
      .addOrderBy('theme.position', 'ASC', 'NULLS FIRST')
      .addOrderBy('document.title')
      .getMany()) as Row[];
    return rows.map((row) => this.toModel(actor, row));
  }

  async get(actor: AuthUser, id: string): Promise<DocumentModel> {
    return this.toModel(actor, await this.row(id));
  }

  /** A conversatorio's outcome document, created the first time it is asked for. */
  async forConversatorio(actor: AuthUser, conversatorioId: string): Promise<DocumentModel> {
    const conversatorio = await this.dataSource.manager.findOne(ConversatorioEntity, { where: { id: conversatorioId } });
    if (!conversatorio) throw AppError.notFound();
    await ensureOutcomeDocument(this.dataSource.manager, conversatorio);
    const row = (await this.query().where('document.conversatorioId = :conversatorioId', { conversatorioId }).getOne()) as Row;
    return this.toModel(actor, row);
  }

  /** What a person may do in a document (and its conversatorio, for closing connections when that changes). */
  async accessOf(user: AuthUser, documentId: string): Promise<{ access: DocumentAccess; conversatorioId: string | null }> {
    const row = await this.row(documentId);
    return { access: documentAccess(user, this.subject(row)), conversatorioId: row.conversatorioId };
  }

  /** Checks an action on a document, or throws FORBIDDEN. */
  async authorize(user: AuthUser, documentId: string, action: 'document:read' | 'document:comment' | 'document:edit'): Promise<Row> {
    const row = await this.row(documentId);
    if (!documentsPolicy.can(user, action, this.subject(row))) throw AppError.forbidden();
    return row;
  }

  /** A short-lived token to open the document in the editor, for this person's session. */
  async ticket(actor: AuthUser, documentId: string): Promise<CollaborationTicket> {
    const row = await this.authorize(actor, documentId, 'document:read');
    const expiresAt = Date.now() + COLLABORATION_TOKEN_TTL_MS;
    return {
      token: signCollaborationToken(this.config.auth.sessionSecret, { sessionId: actor.sessionId, documentId, expiresAt }),
      documentName: collaborationDocumentName(documentId),
      path: COLLABORATION_PATH,
      access: documentAccess(actor, this.subject(row)),
      expiresAt: new Date(expiresAt),
    };
  }

  private async row(id: string): Promise<Row> {
    const row = (await this.query().where('document.id = :id', { id }).getOne()) as Row | null;
    if (!row) throw AppError.notFound();
    return row;
  }

  private query() {
    return this.dataSource
      .getRepository(DocumentEntity)
      .createQueryBuilder('document')
      .leftJoinAndSelect('document.theme', 'theme')
      .leftJoinAndSelect('document.conversatorio', 'conversatorio')
      .leftJoinAndSelect('conversatorio.theme', 'conversatorioTheme')
      .leftJoinAndSelect('conversatorio.provinces', 'province');
  }

  private subject(row: Row): DocumentSubject {
    return {
      kind: row.kind,
      conversatorio: row.conversatorio
        ? {
            status: row.conversatorio.status,
            moderatorId: row.conversatorio.moderatorId,
            provinceCodes: (row.conversatorio.provinces ?? []).map((province) => province.code),
          }
        : null,
    };
  }

  private toModel(actor: AuthUser, row: Row): DocumentModel {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      conversatorio: row.conversatorio
        ? { id: row.conversatorio.id, title: row.conversatorio.title, theme: row.conversatorio.theme }
        : null,
      theme: row.theme,
      myAccess: documentAccess(actor, this.subject(row)),
      html: row.html,
      contentUpdatedAt: row.contentUpdatedAt,
    };
  }
}

/** The outcome document of a conversatorio (created if missing; idempotent). */
export async function ensureOutcomeDocument(
  manager: EntityManager,
  conversatorio: { id: string; title: string; themeId: string },
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(DocumentEntity)
    .values({
      kind: DocumentKind.OUTCOME,
      title: `${messages.es.documents.outcomeTitle}: ${conversatorio.title}`,
      conversatorioId: conversatorio.id,
      themeId: conversatorio.themeId,
    })
    .orIgnore()
    .execute();
}

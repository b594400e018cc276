import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentAccess, DocumentKind, SpeakerRole } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { APP_CONFIG, AppError, HEADLINE, type AppConfig, type AuthUser, type TextMatch } from '@ruta/server-core';
import { ConversatorioEntity } from '@ruta/server-conversatorios';
import { SessionSpeakerEntity } from '@ruta/server-events';
import type { DataSource, EntityManager } from 'typeorm';
import { DocumentEntity } from './document.entity.js';
import type { DocumentModel } from './document.model.js';
import { documentAccess, documentsPolicy, type DocumentSubject } from './documents.policy.js';

type Row = DocumentEntity & { conversatorio: (ConversatorioEntity & { theme: { id: string; key: string; name: string } }) | null };

/** A ponencia's title: its session and who speaks (or the part, while to be confirmed). */
export function ponenciaTitle(slot: SessionSpeakerEntity): string {
  // A panel has several panelists: while unnamed, they are told apart by their turn.
  const part = messages.es.speakerRole[slot.role];
  const who = slot.speaker?.name ?? (slot.role === SpeakerRole.PANELIST ? `${part} ${slot.position + 1}` : part);
  return `${messages.es.documents.ponenciaTitle}: ${slot.session.title} — ${who}`;
}

/** The documents: which exist, who may do what in each, and tickets to open them in the editor. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The hoja de ruta documents first (national, then by theme), then the ponencias in agenda order, then the outcome documents. */
  async list(actor: AuthUser): Promise<DocumentModel[]> {
    const rows = (await this.query()
      .orderBy(`CASE document.kind WHEN 'ROADMAP_NATIONAL' THEN 0 WHEN 'ROADMAP_THEME' THEN 1 WHEN 'PONENCIA' THEN 2 ELSE 3 END`)
      .addOrderBy('theme.position', 'ASC', 'NULLS FIRST')
      .addOrderBy('talkSession.startsAt', 'ASC', 'NULLS LAST')
      .addOrderBy('talk.position', 'ASC', 'NULLS LAST')
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

  /** A talk's ponencia, created the first time it is asked for; its title follows the slot. */
  async forSessionSpeaker(actor: AuthUser, sessionSpeakerId: string): Promise<DocumentModel> {
    const slot = await this.dataSource.manager.findOne(SessionSpeakerEntity, {
      where: { id: sessionSpeakerId },
      relations: { session: true, speaker: true },
    });
    if (!slot) throw AppError.notFound();
    const title = ponenciaTitle(slot);
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(DocumentEntity)
      .values({ kind: DocumentKind.PONENCIA, title, sessionSpeakerId })
      .orIgnore()
      .execute();
    await this.dataSource.query('UPDATE document SET title = $2 WHERE session_speaker_id = $1 AND title <> $2', [sessionSpeakerId, title]);
    const row = (await this.query().where('document.sessionSpeakerId = :sessionSpeakerId', { sessionSpeakerId }).getOne()) as Row;
    return this.toModel(actor, row);
  }

  /** Of these slots, those whose ponencia has text. */
  async writtenPonencias(sessionSpeakerIds: readonly string[]): Promise<Set<string>> {
    const rows = (await this.dataSource.query(
      `SELECT session_speaker_id AS id FROM document WHERE session_speaker_id = ANY($1::uuid[]) AND plain_text <> ''`,
      [sessionSpeakerIds],
    )) as Array<{ id: string }>;
    return new Set(rows.map((row) => row.id));
  }

  /**
   * The documents that belong to these conversatorios (their outcomes) and talks (their ponencias),
   * as owner id → document id. For outputs (the memoria) that read them without a person.
   */
  async idsOwnedBy(owners: { conversatorioIds?: readonly string[]; sessionSpeakerIds?: readonly string[] }): Promise<Map<string, string>> {
    const rows = (await this.dataSource.query(
      `SELECT coalesce(conversatorio_id, session_speaker_id) AS "ownerId", id FROM document
        WHERE conversatorio_id = ANY($1::uuid[]) OR session_speaker_id = ANY($2::uuid[])`,
      [owners.conversatorioIds ?? [], owners.sessionSpeakerIds ?? []],
    )) as Array<{ ownerId: string; id: string }>;
    return new Map(rows.map((row) => [row.ownerId, row.id]));
  }

  /** The documents matching a search (websearch syntax), best first; every signed-in person reads every document. */
  async search(text: string, first: number): Promise<TextMatch[]> {
    return (await this.dataSource.query(
      `SELECT d.id, d.title, ts_headline('ruta_spanish', d.title || ' ' || d.plain_text, q, $3) AS snippet, ts_rank(d.search_vector, q) AS rank
         FROM document d, websearch_to_tsquery('ruta_spanish', $1) q
        WHERE d.search_vector @@ q
        ORDER BY rank DESC, d.id LIMIT $2`,
      [text, first, HEADLINE],
    )) as TextMatch[];
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

  /** What a person may do in a document they may read; FORBIDDEN if they may not read it. */
  async readableAccess(user: AuthUser, documentId: string): Promise<DocumentAccess> {
    const row = await this.authorize(user, documentId, 'document:read');
    return documentAccess(user, this.subject(row));
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
      .leftJoinAndSelect('conversatorio.provinces', 'province')
      .leftJoinAndSelect('document.sessionSpeaker', 'talk')
      .leftJoinAndSelect('talk.session', 'talkSession')
      .leftJoinAndSelect('talkSession.theme', 'talkTheme')
      .leftJoinAndSelect('talk.speaker', 'speaker')
      .leftJoinAndSelect('speaker.organization', 'speakerOrganization');
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
      title: row.sessionSpeaker ? ponenciaTitle(row.sessionSpeaker) : row.title,
      conversatorio: row.conversatorio
        ? { id: row.conversatorio.id, title: row.conversatorio.title, theme: row.conversatorio.theme }
        : null,
      theme: row.theme,
      ponencia: row.sessionSpeaker
        ? {
            talk: row.sessionSpeaker,
            sessionId: row.sessionSpeaker.sessionId,
            sessionTitle: row.sessionSpeaker.session.title,
            startsAt: row.sessionSpeaker.session.startsAt,
            theme: row.sessionSpeaker.session.theme,
          }
        : null,
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

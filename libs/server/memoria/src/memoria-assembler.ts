import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActionItemStatus,
  ContributionType,
  FORUM_TIME_ZONE,
  SpeakerRole,
  type CommitmentStatus,
  type OrganizationKind,
} from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { actionItemIdsIn, documentJson, DocumentStore } from '@ruta/server-documents';
import { EventsService, type AgendaSession, type SessionSpeaker } from '@ruta/server-events';
import type { JSONContent } from '@tiptap/core';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { Memoria, MemoriaBlock, MemoriaSection } from './memoria.model.js';
import { hasText, resolveDocument, type ResolvedActionItem } from './resolve-document.js';

export type MemoriaScope = { kind: 'FORUM' } | { kind: 'THEME'; themeId: string } | { kind: 'PROVINCE'; provinceCode: string };

interface ItemRow {
  id: string;
  title: string;
  status: ActionItemStatus;
  progress: number;
  themeId: string;
  themeName: string;
  leadCode: string;
  leadName: string;
  provinceCodes: string[];
}

const locale = (language: 'es' | 'en') => (language === 'en' ? 'en-GB' : 'es-EC');

/**
 * Assembles the memoria from the live data: the event record, agenda and speakers, each
 * conversatorio's outcome document and contributions, the roadmap by province and by theme with
 * its commitments, and the annexes. Only what is public goes in: no hidden contributions, no
 * proposals, no commitment amounts.
 */
@Injectable()
export class MemoriaAssembler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly documents: DocumentStore,
  ) {}

  async assemble(
    scope: MemoriaScope,
    language: 'es' | 'en',
    versionLabel: string,
    onProgress: (step: number) => Promise<void> = async () => {},
  ): Promise<Memoria> {
    const t = messages[language].memoria;
    const date = (value: Date | string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale(language), { timeZone: typeof value === 'string' ? 'UTC' : FORUM_TIME_ZONE, ...options }).format(
        typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value,
      );
    const event = await this.events.getEvent();
    const themes = await this.events.listThemes();
    const agenda = await this.events.listAgenda();
    const scopeTheme = scope.kind === 'THEME' ? themes.find((theme) => theme.id === scope.themeId) : undefined;
    const [scopeProvince] =
      scope.kind === 'PROVINCE'
        ? ((await this.dataSource.query('SELECT code, name FROM province WHERE code = $1', [scope.provinceCode])) as Array<{
            code: string;
            name: string;
          }>)
        : [];
    await onProgress(10);

    const sections: MemoriaSection[] = [];
    sections.push(
      section(
        'presentation',
        t.presentation,
        event.presentation.split(/\n\s*\n/).map((text) => ({ kind: 'paragraph', text })),
      ),
    );
    sections.push(
      section(
        'objectives',
        t.objectivesAndMethodology,
        [],
        [
          section('objectives-general', t.generalObjectives, [{ kind: 'list', items: event.objectives }]),
          section('objectives-specific', t.specificObjectives, [{ kind: 'list', items: event.specificObjectives }]),
          section('methodology', t.methodology, [
            { kind: 'paragraph', text: event.methodology },
            { kind: 'list', items: event.audience },
          ]),
        ],
      ),
    );

    const sessions = agenda.filter((session) => !scopeTheme || session.theme?.id === scopeTheme.id);
    const people = (session: (typeof agenda)[number]) =>
      session.speakers
        .map((slot) =>
          slot.speaker
            ? `${slot.speaker.name}${slot.speaker.organization ? ` (${slot.speaker.organization.shortName ?? slot.speaker.organization.name})` : ''}`
            : t.toBeConfirmed,
        )
        .join('; ');
    sections.push(
      section('agenda', t.agenda, [
        {
          kind: 'table',
          columns: [t.agendaColumns.day, t.agendaColumns.time, t.agendaColumns.session, t.agendaColumns.theme, t.agendaColumns.people],
          widths: [1.5, 1.8, 4, 2.5, 4],
          rows: sessions.map((session) => [
            date(session.startsAt, { day: 'numeric', month: 'short' }),
            `${date(session.startsAt, { hour: '2-digit', minute: '2-digit', hour12: false })}–${date(session.endsAt, { hour: '2-digit', minute: '2-digit', hour12: false })}`,
            session.title,
            session.theme?.name ?? '—',
            people(session) || '—',
          ]),
        },
      ]),
    );
    sections.push(await this.ponencias(sessions, themes, scopeTheme === undefined, language));
    await onProgress(25);

    sections.push(await this.conversatorios(scope, language, date));
    await onProgress(50);
    const items = await this.items(scope);
    const commitments = await this.commitments(
      items.map((item) => item.id),
      language,
    );
    const row = (item: ItemRow, first: 'theme' | 'province') => [
      item.title,
      first === 'theme' ? item.themeName : item.leadName,
      messages[language].actionItemStatus[item.status],
      `${item.progress} %`,
      commitments.get(item.id)?.join('; ') || '—',
    ];
    const itemTable = (rows: ItemRow[], first: 'theme' | 'province'): MemoriaBlock =>
      rows.length === 0
        ? { kind: 'paragraph', text: t.noItems, emphasis: true }
        : {
            kind: 'table',
            columns: [
              t.roadmapColumns.item,
              first === 'theme' ? t.roadmapColumns.theme : t.roadmapColumns.province,
              t.roadmapColumns.status,
              t.roadmapColumns.progress,
              t.roadmapColumns.commitments,
            ],
            widths: [5, 2.5, 1.8, 1.2, 4],
            rows: rows.map((item) => row(item, first)),
          };
    const provinces = (await this.dataSource.query(
      'SELECT code, name, has_prefectura AS "hasPrefectura" FROM province ORDER BY code',
    )) as Array<{
      code: string;
      name: string;
      hasPrefectura: boolean;
    }>;
    sections.push(
      section(
        'roadmap-by-province',
        t.roadmapByProvince,
        [],
        provinces
          .filter((province) =>
            scopeProvince ? province.code === scopeProvince.code : items.some((item) => item.provinceCodes.includes(province.code)),
          )
          .map((province) =>
            section(`roadmap-province-${province.code}`, province.name, [
              itemTable(
                items.filter((item) => item.provinceCodes.includes(province.code)),
                'theme',
              ),
            ]),
          ),
      ),
    );
    sections.push(
      section(
        'roadmap-by-theme',
        t.roadmapByTheme,
        [],
        themes
          .filter((theme) => !scopeTheme || theme.id === scopeTheme.id)
          .map((theme) =>
            section(`roadmap-theme-${theme.key}`, theme.name, [
              itemTable(
                items.filter((item) => item.themeId === theme.id),
                'province',
              ),
            ]),
          ),
      ),
    );
    await onProgress(60);

    const organizations = (await this.dataSource.query(
      `SELECT o.name, o.kind FROM organization o
        WHERE o.kind <> 'GAD_PROVINCIAL' AND (EXISTS (SELECT 1 FROM event_organization e WHERE e.organization_id = o.id)
           OR EXISTS (SELECT 1 FROM commitment c JOIN action_item i ON i.id = c.action_item_id WHERE c.organization_id = o.id AND i.status <> 'PROPOSED'))
        ORDER BY o.name`,
    )) as Array<{ name: string; kind: OrganizationKind }>;
    sections.push(
      section(
        'annexes',
        t.annexes,
        [],
        [
          section('annex-provinces', t.participatingProvinces, [
            {
              kind: 'table',
              columns: [t.provinceColumns.code, t.provinceColumns.name, t.provinceColumns.prefectura],
              widths: [1, 3, 4],
              rows: provinces
                .filter((province) => !scopeProvince || province.code === scopeProvince.code)
                .map((province) => [province.code, province.name, province.hasPrefectura ? `Prefectura de ${province.name}` : '—']),
            },
          ]),
          section('annex-organizations', t.organizations, [
            {
              kind: 'table',
              columns: [t.organizationColumns.name, t.organizationColumns.kind],
              widths: [5, 2],
              rows: organizations.map((organization) => [organization.name, messages[language].organizationKind[organization.kind]]),
            },
          ]),
        ],
      ),
    );

    return {
      language,
      title: t.title,
      subtitle: event.name,
      scopeLabel: scopeTheme
        ? t.scopeTheme.replace('{{name}}', scopeTheme.name)
        : scopeProvince
          ? t.scopeProvince.replace('{{name}}', scopeProvince.name)
          : t.scopeForum,
      versionLabel,
      cover: {
        lines: [
          event.subtitle,
          new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
            new Date(`${event.startsOn}T00:00:00Z`),
            new Date(`${event.endsOn}T00:00:00Z`),
          ),
          [event.modality, event.platform].filter(Boolean).join(' · '),
        ],
        organizers: event.organizations.filter((link) => link.role === 'ORGANIZER').map((link) => link.organization.name),
      },
      labels: { contents: t.contents, page: t.page, of: t.of },
      sections,
    };
  }

  /**
   * The ponencias by theme (and the opening and closing, for more than one theme): each session's
   * talks with the speaker, their position and organisation, bio, links, and the summary written
   * in the shared editor. Keynotes and panel interventions are talks; any other slot is one when
   * its ponencia has been written.
   */
  private async ponencias(
    sessions: AgendaSession[],
    themes: Array<{ id: string; key: string; name: string }>,
    withGeneral: boolean,
    language: 'es' | 'en',
  ): Promise<MemoriaSection> {
    const t = messages[language].memoria;
    // The ponencias of the sessions in scope only (a theme's memoria reads no other theme's).
    const slotIds = sessions.flatMap((session) => session.speakers.map((slot) => slot.id));
    const documents = (await this.dataSource.query(
      `SELECT session_speaker_id AS "slotId", id FROM document WHERE session_speaker_id = ANY($1::uuid[])`,
      [slotIds],
    )) as Array<{ slotId: string; id: string }>;
    const summaries = new Map<string, JSONContent>();
    for (const { slotId, id: documentId } of documents) {
      const json = await this.richDocument(documentId, language);
      if (json) summaries.set(slotId, json);
    }
    const isTalk = (slot: SessionSpeaker) =>
      slot.role === SpeakerRole.KEYNOTE_SPEAKER || slot.role === SpeakerRole.PANELIST || summaries.has(slot.id);
    const talkBlocks = (slot: SessionSpeaker): MemoriaBlock[] => {
      const speaker = slot.speaker;
      const summary = summaries.get(slot.id);
      return [
        {
          kind: 'facts',
          entries: [
            { label: messages[language].speakerRole[slot.role], value: speaker?.name ?? t.toBeConfirmed },
            ...(speaker?.jobTitle ? [{ label: t.ponenciaFacts.jobTitle, value: speaker.jobTitle }] : []),
            ...(speaker?.organization ? [{ label: t.ponenciaFacts.organization, value: speaker.organization.name }] : []),
            ...(slot.durationMinutes
              ? [{ label: t.ponenciaFacts.duration, value: t.minutes.replace('{{count}}', String(slot.durationMinutes)) }]
              : []),
            ...(slot.slidesUrl ? [{ label: t.ponenciaFacts.slides, value: slot.slidesUrl }] : []),
            ...(slot.recordingUrl ? [{ label: t.ponenciaFacts.recording, value: slot.recordingUrl }] : []),
          ],
        },
        ...(speaker?.bio ? [{ kind: 'paragraph' as const, text: speaker.bio, emphasis: true }] : []),
        summary ? { kind: 'document', json: summary } : { kind: 'paragraph', text: t.noPonencia, emphasis: true },
      ];
    };
    const sessionSection = (session: AgendaSession): MemoriaSection | null => {
      const talks = session.speakers.filter(isTalk);
      if (talks.length === 0) return null;
      const others = session.speakers.filter((slot) => !isTalk(slot));
      const intro: MemoriaBlock[] = [
        ...(session.description ? [{ kind: 'paragraph' as const, text: session.description }] : []),
        ...(others.length > 0
          ? [
              {
                kind: 'facts' as const,
                entries: others.map((slot) => ({
                  label: messages[language].speakerRole[slot.role],
                  value: slot.speaker ? slot.speaker.name : t.toBeConfirmed,
                })),
              },
            ]
          : []),
      ];
      if (talks.length === 1) return section(`session-${session.id}`, session.title, [...intro, ...talkBlocks(talks[0])]);
      return section(
        `session-${session.id}`,
        session.title,
        intro,
        talks.map((slot) =>
          section(
            `talk-${slot.id}`,
            slot.speaker?.name ?? `${messages[language].speakerRole[slot.role]} ${slot.position + 1} (${t.toBeConfirmed.toLowerCase()})`,
            talkBlocks(slot),
          ),
        ),
      );
    };
    const group = (id: string, title: string, groupSessions: AgendaSession[]) => {
      const children = groupSessions.flatMap((session) => sessionSection(session) ?? []);
      return children.length > 0 ? [section(id, title, [], children)] : [];
    };
    return section(
      'ponencias',
      t.ponencias,
      [],
      [
        ...(withGeneral
          ? group(
              'ponencias-general',
              t.generalSessions,
              sessions.filter((session) => !session.theme),
            )
          : []),
        ...themes.flatMap((theme) =>
          group(
            `ponencias-${theme.key}`,
            theme.name,
            sessions.filter((session) => session.theme?.id === theme.id),
          ),
        ),
      ],
    );
  }

  /** Each conversatorio in scope: its facts, its outcome document, and its contributions by type and province. */
  private async conversatorios(
    scope: MemoriaScope,
    language: 'es' | 'en',
    date: (value: Date, options: Intl.DateTimeFormatOptions) => string,
  ): Promise<MemoriaSection> {
    const t = messages[language].memoria;
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.title, c.purpose, c.starts_at AS "startsAt", t.name AS "themeName", u.display_name AS "moderator", d.id AS "documentId",
              array_agg(p.name ORDER BY p.code) AS provinces, array_agg(p.code ORDER BY p.code) AS codes
         FROM conversatorio c JOIN theme t ON t.id = c.theme_id
         LEFT JOIN app_user u ON u.id = c.moderator_id
         LEFT JOIN document d ON d.conversatorio_id = c.id
         JOIN conversatorio_province cp ON cp.conversatorio_id = c.id JOIN province p ON p.code = cp.province_code
        WHERE ($1::uuid IS NULL OR c.theme_id = $1) AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM conversatorio_province x WHERE x.conversatorio_id = c.id AND x.province_code = $2))
        GROUP BY c.id, t.name, t.position, u.display_name, d.id ORDER BY c.starts_at, t.position`,
      [scope.kind === 'THEME' ? scope.themeId : null, scope.kind === 'PROVINCE' ? scope.provinceCode : null],
    )) as Array<{
      id: string;
      title: string;
      purpose: string;
      startsAt: Date;
      themeName: string;
      moderator: string | null;
      documentId: string | null;
      provinces: string[];
      codes: string[];
    }>;
    const children: MemoriaSection[] = [];
    for (const row of rows) {
      const blocks: MemoriaBlock[] = [
        ...(row.purpose ? [{ kind: 'paragraph' as const, text: row.purpose }] : []),
        {
          kind: 'facts',
          entries: [
            { label: t.conversatorioFacts.theme, value: row.themeName },
            { label: t.conversatorioFacts.date, value: date(row.startsAt, { day: 'numeric', month: 'long', year: 'numeric' }) },
            ...(row.moderator ? [{ label: t.conversatorioFacts.moderator, value: row.moderator }] : []),
            { label: t.conversatorioFacts.provinces, value: row.provinces.join(', ') },
          ],
        },
      ];
      const outcome = row.documentId ? await this.richDocument(row.documentId, language) : null;
      const counts = (await this.dataSource.query(
        `SELECT type, province_code AS code, count(*)::int AS n FROM contribution
          WHERE conversatorio_id = $1 AND hidden_at IS NULL AND ($2::text IS NULL OR province_code = $2) GROUP BY type, province_code`,
        [row.id, scope.kind === 'PROVINCE' ? scope.provinceCode : null],
      )) as Array<{ type: ContributionType; code: string; n: number }>;
      const codes = row.codes.filter((code) => scope.kind !== 'PROVINCE' || code === scope.provinceCode);
      const types = Object.values(ContributionType).filter((type) => counts.some((count) => count.type === type));
      const summary: MemoriaBlock =
        types.length === 0
          ? { kind: 'paragraph', text: '—' }
          : {
              kind: 'table',
              columns: [
                messages[language].conversatorios.province,
                ...types.map((type) => messages[language].contributionType[type]),
                t.total,
              ],
              rows: codes.map((code) => {
                const cells = types.map((type) => counts.find((count) => count.type === type && count.code === code)?.n ?? 0);
                return [
                  row.provinces[row.codes.indexOf(code)] ?? code,
                  ...cells.map(String),
                  String(cells.reduce((sum, value) => sum + value, 0)),
                ];
              }),
            };
      children.push(
        section(`conversatorio-${row.id}`, row.title, blocks, [
          section(
            `outcome-${row.id}`,
            t.outcome,
            outcome ? [{ kind: 'document', json: outcome }] : [{ kind: 'paragraph', text: t.noOutcome, emphasis: true }],
          ),
          section(`contributions-${row.id}`, t.contributionsSummary, [summary]),
        ]),
      );
    }
    return section('conversatorios', t.conversatorios, [], children);
  }

  /** A document's content (an outcome document, a ponencia), resolved for the memoria; null while it is empty. */
  private async richDocument(documentId: string, language: 'es' | 'en') {
    const update = await this.documents.read(documentId);
    if (!update) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const json = documentJson(doc);
    doc.destroy();
    if (!hasText(json)) return null;
    const ids = actionItemIdsIn(json);
    const rows = ids.length
      ? ((await this.dataSource.query(
          `SELECT id, title, status, progress FROM action_item WHERE id = ANY($1::uuid[]) AND agreed_at IS NOT NULL`,
          [ids],
        )) as Array<{
          id: string;
          title: string;
          status: ActionItemStatus;
          progress: number;
        }>)
      : [];
    const items = new Map<string, ResolvedActionItem>(
      rows.map((row) => [
        row.id,
        { title: row.title, statusLabel: messages[language].actionItemStatus[row.status], progress: row.progress },
      ]),
    );
    return resolveDocument(json, items, {
      action: messages[language].memoria.action,
      unavailable: messages[language].documents.actionItemUnavailable,
    });
  }

  /** The agreed (public) items in scope, with their provinces. */
  private async items(scope: MemoriaScope): Promise<ItemRow[]> {
    return (await this.dataSource.query(
      `SELECT i.id, i.title, i.status, i.progress, i.theme_id AS "themeId", t.name AS "themeName", i.lead_province_code AS "leadCode", p.name AS "leadName",
              array_prepend(i.lead_province_code::text, coalesce(array_agg(co.province_code::text) FILTER (WHERE co.province_code IS NOT NULL), '{}')) AS "provinceCodes"
         FROM action_item i JOIN theme t ON t.id = i.theme_id JOIN province p ON p.code = i.lead_province_code
         LEFT JOIN action_item_co_province co ON co.action_item_id = i.id
        WHERE i.agreed_at IS NOT NULL AND i.merged_into_id IS NULL AND ($1::uuid IS NULL OR i.theme_id = $1)
        GROUP BY i.id, t.name, p.name
       HAVING $2::text IS NULL OR i.lead_province_code = $2 OR bool_or(co.province_code = $2)
        ORDER BY i.title`,
      [scope.kind === 'THEME' ? scope.themeId : null, scope.kind === 'PROVINCE' ? scope.provinceCode : null],
    )) as ItemRow[];
  }

  /**
   * The support of the items, as "kind (status)": accepted and fulfilled commitments only, without
   * partners or amounts — what everyone who reads an item may know of its support (the memoria is
   * public; a partner's offers and amounts stay with CONGOPE and that partner).
   */
  private async commitments(itemIds: string[], language: 'es' | 'en'): Promise<Map<string, string[]>> {
    if (itemIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT c.action_item_id AS "itemId", c.kind, c.status, count(*)::int AS count FROM commitment c
        WHERE c.action_item_id = ANY($1::uuid[]) AND c.status IN ('ACCEPTED', 'FULFILLED')
        GROUP BY c.action_item_id, c.kind, c.status ORDER BY c.action_item_id, c.kind, c.status`,
      [itemIds],
    )) as Array<{ itemId: string; kind: keyof (typeof messages)['es']['commitmentKind']; status: CommitmentStatus; count: number }>;
    const byItem = new Map<string, string[]>();
    for (const row of rows) {
      const times = row.count > 1 ? ` ×${row.count}` : '';
      const entry = `${messages[language].commitmentKind[row.kind]}${times} (${messages[language].commitmentStatus[row.status]})`;
      byItem.set(row.itemId, [...(byItem.get(row.itemId) ?? []), entry]);
    }
    return byItem;
  }
}

function section(id: string, title: string, blocks: MemoriaBlock[], children: MemoriaSection[] = []): MemoriaSection {
  return { id, title, blocks, children };
}

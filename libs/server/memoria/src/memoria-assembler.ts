import { Injectable } from '@nestjs/common';
import { FORUM_TIME_ZONE, OrganizationKind } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import { ContributionReads } from '@ruta/server-contributions';
import { ConversatoriosService } from '@ruta/server-conversatorios';
import { DocumentsService } from '@ruta/server-documents';
import { EventsService } from '@ruta/server-events';
import { OrganizationsService } from '@ruta/server-organizations';
import { ReferenceService } from '@ruta/server-reference';
import { RoadmapReads } from '@ruta/server-roadmap';
import type { Memoria, MemoriaSection } from './memoria.model.js';
import { MemoriaDocuments } from './memoria-documents.js';
import { conversatoriosSection } from './sections/conversatorios-section.js';
import { ponenciasSection } from './sections/ponencias-section.js';
import { roadmapSections } from './sections/roadmap-sections.js';
import { section } from './sections/section.js';

export type MemoriaScope = { kind: 'FORUM' } | { kind: 'THEME'; themeId: string } | { kind: 'PROVINCE'; provinceCode: string };

const locale = (language: 'es' | 'en') => (language === 'en' ? 'en-GB' : 'es-EC');

/**
 * Assembles the memoria from the live data: the event record, agenda and speakers, each
 * conversatorio's outcome document and contributions, the roadmap by province and by theme with
 * its support, and the annexes. It reads through the features that own the data, which give it
 * their public parts only: no hidden contributions, no proposals, no partners' amounts.
 */
@Injectable()
export class MemoriaAssembler {
  constructor(
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
    private readonly conversatorios: ConversatoriosService,
    private readonly contributions: ContributionReads,
    private readonly roadmap: RoadmapReads,
    private readonly documents: DocumentsService,
    private readonly documentContent: MemoriaDocuments,
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
    const provinces = await this.reference.listProvinces();
    const scopeProvince = scope.kind === 'PROVINCE' ? provinces.find((province) => province.code === scope.provinceCode) : undefined;
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
    const slotIds = sessions.flatMap((session) => session.speakers.map((slot) => slot.id));
    const ponencias = await this.documentContent.resolved(await this.documents.idsOwnedBy({ sessionSpeakerIds: slotIds }), language);
    sections.push(ponenciasSection(sessions, themes, scopeTheme === undefined, language, ponencias));
    await onProgress(25);

    const provinceCode = scopeProvince?.code ?? null;
    const conversatorios = (await this.conversatorios.list())
      .filter((conversatorio) => !scopeTheme || conversatorio.theme.id === scopeTheme.id)
      .filter((conversatorio) => !provinceCode || conversatorio.provinces.some((province) => province.code === provinceCode))
      .map((conversatorio) => ({ ...conversatorio, provinces: [...conversatorio.provinces].sort((a, b) => a.code.localeCompare(b.code)) }));
    const conversatorioIds = conversatorios.map((conversatorio) => conversatorio.id);
    sections.push(
      conversatoriosSection({
        conversatorios,
        outcomes: await this.documentContent.resolved(await this.documents.idsOwnedBy({ conversatorioIds }), language),
        counts: await this.contributions.publicCounts(conversatorioIds, provinceCode),
        provinceCode,
        language,
        date,
      }),
    );
    await onProgress(50);
    const items = await this.roadmap.publicItems({ themeId: scopeTheme?.id, provinceCode });
    sections.push(
      ...roadmapSections({
        items,
        support: await this.roadmap.publicSupport(items.map((item) => item.id)),
        provinces,
        themes: themes.filter((theme) => !scopeTheme || theme.id === scopeTheme.id),
        scopeProvinceCode: provinceCode,
        language,
      }),
    );
    await onProgress(60);

    // The organisations of the event and those supporting a public item; the prefecturas are the provinces' annex.
    const organizationIds = new Set([
      ...event.organizations.map((link) => link.organization.id),
      ...(await this.roadmap.organizationIdsOnPublicItems()),
    ]);
    const organizations = (await this.organizations.list()).filter(
      (organization) => organization.kind !== OrganizationKind.GAD_PROVINCIAL && organizationIds.has(organization.id),
    );
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
}

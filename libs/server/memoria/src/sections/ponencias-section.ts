import { SpeakerRole } from '@ruta/shared-domain';
import { messages } from '@ruta/shared-i18n';
import type { AgendaSession, SessionSpeaker } from '@ruta/server-events';
import type { JSONContent } from '@tiptap/core';
import type { MemoriaBlock, MemoriaSection } from '../memoria.model.js';
import { section } from './section.js';

/**
 * The ponencias by theme (and the opening and closing, for more than one theme): each session's
 * talks with the speaker, their position and organisation, bio, links, and the summary written
 * in the shared editor (`summaries`, by slot). Keynotes and panel interventions are talks; any
 * other slot is one when its ponencia has been written.
 */
export function ponenciasSection(
  sessions: AgendaSession[],
  themes: Array<{ id: string; key: string; name: string }>,
  withGeneral: boolean,
  language: 'es' | 'en',
  summaries: ReadonlyMap<string, JSONContent>,
): MemoriaSection {
  const t = messages[language].memoria;
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

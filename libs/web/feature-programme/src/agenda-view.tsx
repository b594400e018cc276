import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Text, Timeline, Title } from '@mantine/core';
import { graphql, useAbilities, useSession, type AgendaQuery } from '@ruta/web-data-access';
import { PonenciaLink } from '@ruta/web-feature-documents';
import { QuestionsPanel } from '@ruta/web-feature-questions';
import { useState } from 'react';
import { CONTENT_LANG, ExternalLink, formatDate, formatTime, Localized, QueryState, useLocalized } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

const AgendaQueryDocument = graphql(`
  query Agenda {
    event {
      id
      days {
        date
        opensAt
        closesAt
      }
    }
    themes {
      id
      key
      name
      english {
        name
      }
      position
    }
    agenda {
      id
      kind
      title
      description
      english {
        title
        description
      }
      startsAt
      endsAt
      durationMinutes
      canModerateQuestions
      theme {
        id
        key
      }
      speakers {
        id
        role
        durationMinutes
        slidesUrl
        recordingUrl
        ponenciaWritten
        speaker {
          id
          name
          jobTitle
          bio
          organization {
            id
            shortName
            name
          }
        }
      }
    }
  }
`);

type Session = AgendaQuery['agenda'][number];
type View = 'day' | 'theme';

const kindColors: Record<Session['kind'], string> = {
  OPENING: 'gray',
  KEYNOTE: 'congope',
  PANEL: 'teal',
  OPEN_DIALOGUE: 'orange',
  CLOSING: 'gray',
};

/** The forum's Ecuador calendar date of a session (its start, in the forum's zone). */
const sessionDate = (session: Session) => session.startsAt.slice(0, 10);

const sessionsWithQuestions: Array<Session['kind']> = ['KEYNOTE', 'PANEL', 'OPEN_DIALOGUE'];

function SessionCard({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { user } = useSession();
  const [questionsOpen, setQuestionsOpen] = useState(false);
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={`session-${session.id}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700} ff="monospace">
            <time dateTime={session.startsAt}>{formatTime(session.startsAt, language)}</time>–
            <time dateTime={session.endsAt}>{formatTime(session.endsAt, language)}</time>
          </Text>
          <Badge color={kindColors[session.kind]} variant="dot" tt="none">
            {t(`sessionKind.${session.kind}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {t('agenda.minutes', { count: session.durationMinutes })}
          </Text>
        </Group>
        <Title order={4} id={`session-${session.id}`}>
          <Localized es={session.title} en={session.english.title} />
        </Title>
        {session.description && (
          <Text size="sm" c="dimmed">
            <Localized es={session.description} en={session.english.description} />
          </Text>
        )}
        {session.speakers.length > 0 && (
          <Stack gap={6} aria-label={t('agenda.speakers')}>
            {session.speakers.map((slot) => (
              <Talk key={slot.id} slot={slot} />
            ))}
          </Stack>
        )}
        {user && sessionsWithQuestions.includes(session.kind) && (
          <>
            <Button
              size="compact-sm"
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              aria-expanded={questionsOpen}
              onClick={() => setQuestionsOpen((open) => !open)}
            >
              {questionsOpen ? t('questions.close') : t('questions.open')}
            </Button>
            {questionsOpen && <QuestionsPanel sessionId={session.id} canModerate={session.canModerateQuestions} />}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** One speaking slot: who, in what part, their bio, where to see the talk, and its ponencia. */
function Talk({ slot }: { slot: Session['speakers'][number] }) {
  const { t } = useTranslation();
  const { signedIn, writePonencias: canWrite } = useAbilities();
  const speaker = slot.speaker;
  return (
    <Stack gap={2}>
      <Text size="sm">
        <Text span fw={600}>
          {t(`speakerRole.${slot.role}`)}
          {slot.durationMinutes ? ` (${t('agenda.minutes', { count: slot.durationMinutes })})` : ''}:
        </Text>{' '}
        {speaker ? (
          <>
            {speaker.name}
            {speaker.jobTitle && (
              <>
                , <span lang={CONTENT_LANG}>{speaker.jobTitle}</span>
              </>
            )}
            {speaker.organization && ` · ${speaker.organization.shortName ?? speaker.organization.name}`}
          </>
        ) : (
          <Text span fs="italic" c="dimmed">
            {t('agenda.toBeConfirmed')}
          </Text>
        )}
      </Text>
      {speaker?.bio && (
        <Text size="xs" c="dimmed" aria-label={t('agenda.bio', { name: speaker.name })}>
          <span lang={CONTENT_LANG}>{speaker.bio}</span>
        </Text>
      )}
      {(slot.slidesUrl || slot.recordingUrl || (signedIn && (slot.ponenciaWritten || canWrite))) && (
        <Group gap="sm">
          {slot.slidesUrl && <ExternalLink href={slot.slidesUrl}>{t('agenda.slides')}</ExternalLink>}
          {slot.recordingUrl && <ExternalLink href={slot.recordingUrl}>{t('agenda.recording')}</ExternalLink>}
          {signedIn && (slot.ponenciaWritten || canWrite) && (
            <PonenciaLink slotId={slot.id} canWrite={canWrite} label={speaker?.name ?? t(`speakerRole.${slot.role}`)} />
          )}
        </Group>
      )}
    </Stack>
  );
}

function SessionTimeline({ sessions }: { sessions: Session[] }) {
  return (
    <Timeline bulletSize={14} lineWidth={2} color="congope">
      {sessions.map((session) => (
        <Timeline.Item key={session.id}>
          <SessionCard session={session} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The agenda, by day or by theme, filterable by theme (kept in the URL: `?vista=tema&tema=…`). */
export function AgendaView() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const localize = useLocalized();
  const { data, loading, error, refetch } = useQuery(AgendaQueryDocument);
  const [params, setParams] = useSearchParams();
  const view: View = params.get('vista') === 'tema' ? 'theme' : 'day';
  const themeKey = params.get('tema');

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const sessions = (data?.agenda ?? []).filter((session) => !themeKey || session.theme?.key === themeKey);

  return (
    <Stack gap="md">
      <Title order={2}>{t('agenda.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('agenda.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {data && (
          <>
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SegmentedControl
                aria-label={t('agenda.title')}
                value={view}
                onChange={(value) => update({ vista: value === 'theme' ? 'tema' : null })}
                data={[
                  { value: 'day', label: t('agenda.byDay') },
                  { value: 'theme', label: t('agenda.byTheme') },
                ]}
              />
              <Select
                label={t('home.themes')}
                placeholder={t('agenda.allThemes')}
                clearable
                value={themeKey}
                onChange={(value) => update({ tema: value })}
                data={data.themes.map((theme) => ({ value: theme.key, label: localize(theme.name, theme.english.name).value }))}
                w={{ base: '100%', xs: 280 }}
              />
            </Group>

            {sessions.length === 0 && <Text>{t('agenda.noSessions')}</Text>}

            {view === 'day' &&
              data.event.days.map((day, index) => {
                const daySessions = sessions.filter((session) => sessionDate(session) === day.date);
                if (daySessions.length === 0) return null;
                return (
                  <Stack key={day.date} gap="sm" component="section" aria-labelledby={`day-${day.date}`}>
                    <Title order={3} id={`day-${day.date}`}>
                      {t('agenda.day', { number: index + 1 })} · {formatDate(day.date, language)} · {formatTime(day.opensAt, language)}–
                      {formatTime(day.closesAt, language)}
                    </Title>
                    <SessionTimeline sessions={daySessions} />
                  </Stack>
                );
              })}

            {view === 'theme' && (
              <>
                {data.themes.map((theme) => {
                  const themeSessions = sessions.filter((session) => session.theme?.id === theme.id);
                  if (themeSessions.length === 0) return null;
                  return (
                    <Stack key={theme.id} gap="sm" component="section" aria-labelledby={`theme-${theme.id}`}>
                      <Title order={3} id={`theme-${theme.id}`}>
                        {theme.position + 1}. <Localized es={theme.name} en={theme.english.name} />
                      </Title>
                      <SessionTimeline sessions={themeSessions} />
                    </Stack>
                  );
                })}
                {!themeKey && sessions.some((session) => !session.theme) && (
                  <Stack gap="sm" component="section" aria-labelledby="general-sessions">
                    <Title order={3} id="general-sessions">
                      {t('agenda.generalSessions')}
                    </Title>
                    <SessionTimeline sessions={sessions.filter((session) => !session.theme)} />
                  </Stack>
                )}
              </>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { toForumIso } from '@ruta/shared-domain';
import { applyFieldErrors, errorMessageOf, type AgendaSessionKind, type ProgrammeAdminQuery as Data } from '@ruta/web-data-access';
import { Dialog, FormActions, formatDate, formatTime, Localized, QueryState, ScrollTable, useLocalized } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventEnglishForm } from './event-english-form.js';
import { SessionForm, ThemeForm } from './programme-forms.js';
import { CreateSpeakerMutation, DeleteAgendaSessionMutation, ProgrammeAdminQuery, UpdateSpeakerMutation } from './programme-operations.js';
import { SessionModerators } from './session-moderators.js';
import { SessionTalks } from './session-talks.js';

type Theme = Data['themes'][number];
type Session = Data['agenda'][number];
type Speaker = Data['speakers'][number];
/** The kinds of session that take live questions, and so have moderators. */
const moderatedKinds: AgendaSessionKind[] = ['KEYNOTE', 'PANEL', 'OPEN_DIALOGUE'];
const refetchQueries = [ProgrammeAdminQuery];

/** Marks a programme text an administrator has not yet given its English version. */
function NoEnglish({ english }: { english: string | null | undefined }) {
  const { t } = useTranslation();
  if (english) return null;
  return (
    <Badge size="sm" variant="light" color="gray" tt="none">
      {t('programmeAdmin.noEnglish')}
    </Badge>
  );
}

/** Administrators keep the programme: the forum's English texts, themes, the agenda (under the day windows) and speakers. */
export function ProgrammeAdmin() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { data, loading, error, refetch } = useQuery(ProgrammeAdminQuery);
  const localize = useLocalized();
  const titleOf = (item: Session) => localize(item.title, item.english.title).value;
  const [eventEnglishOpen, setEventEnglishOpen] = useState(false);
  const [theme, setTheme] = useState<Theme | 'new' | null>(null);
  const [session, setSession] = useState<Session | 'new' | null>(null);
  const [speaker, setSpeaker] = useState<Speaker | 'new' | null>(null);
  const [talksOf, setTalksOf] = useState<string | null>(null);
  const talksSession = data?.agenda.find((item) => item.id === talksOf) ?? null;
  const [moderatorsOf, setModeratorsOf] = useState<Session | null>(null);
  const [remove] = useMutation(DeleteAgendaSessionMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <Stack gap="lg">
      <Title order={2}>{t('programmeAdmin.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('programmeAdmin.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {data && (
          <>
            <Stack gap="xs" component="section" aria-labelledby="event-texts-title">
              <Group justify="space-between">
                <Title order={3} id="event-texts-title">
                  {t('programmeAdmin.eventTexts')}
                </Title>
                <Button size="xs" onClick={() => setEventEnglishOpen(true)}>
                  {t('programmeAdmin.editEventEnglish')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                {t('programmeAdmin.eventTextsIntro')}
              </Text>
            </Stack>

            <Stack gap="xs" component="section" aria-labelledby="themes-title">
              <Group justify="space-between">
                <Title order={3} id="themes-title">
                  {t('programmeAdmin.themes')}
                </Title>
                <Button size="xs" onClick={() => setTheme('new')}>
                  {t('programmeAdmin.newTheme')}
                </Button>
              </Group>
              {data.themes.map((item) => (
                <Group key={item.id} justify="space-between" wrap="nowrap">
                  <Group gap="xs">
                    <Text size="sm">
                      <Localized es={item.name} en={item.english.name} />
                    </Text>
                    <NoEnglish english={item.english.name} />
                  </Group>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setTheme(item)}
                    aria-label={t('programmeAdmin.editNamed', { name: localize(item.name, item.english.name).value })}
                  >
                    {t('roadmap.edit')}
                  </Button>
                </Group>
              ))}
            </Stack>

            <Stack gap="xs" component="section" aria-labelledby="sessions-title">
              <Group justify="space-between">
                <Title order={3} id="sessions-title">
                  {t('programmeAdmin.sessions')}
                </Title>
                <Button size="xs" onClick={() => setSession('new')}>
                  {t('programmeAdmin.newSession')}
                </Button>
              </Group>
              {failure && (
                <Alert color="red" role="alert">
                  {failure}
                </Alert>
              )}
              <ScrollTable label={t('programmeAdmin.sessions')} minWidth={620} striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('programmeAdmin.when')}</Table.Th>
                    <Table.Th>{t('programmeAdmin.sessionTitle')}</Table.Th>
                    <Table.Th>{t('roadmap.theme')}</Table.Th>
                    <Table.Th>{t('programmeAdmin.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.agenda.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        {formatDate(toForumIso(new Date(item.startsAt)).slice(0, 10), language, 'short')}{' '}
                        {formatTime(item.startsAt, language)}–{formatTime(item.endsAt, language)}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Localized es={item.title} en={item.english.title} />
                          <NoEnglish english={item.english.title} />
                        </Group>
                      </Table.Td>
                      <Table.Td>{item.theme ? <Localized es={item.theme.name} en={item.theme.english.name} /> : '—'}</Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setSession(item)}
                            aria-label={t('programmeAdmin.editNamed', { name: titleOf(item) })}
                          >
                            {t('roadmap.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setTalksOf(item.id)}
                            aria-label={t('programmeAdmin.talksOf', { title: titleOf(item) })}
                          >
                            {t('programmeAdmin.talks')} ({item.speakers.length})
                          </Button>
                          {moderatedKinds.includes(item.kind) && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => setModeratorsOf(item)}
                              aria-label={t('programmeAdmin.moderatorsOf', { title: titleOf(item) })}
                            >
                              {t('programmeAdmin.moderation')} ({item.moderators?.length ?? 0})
                            </Button>
                          )}
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('programmeAdmin.deleteNamed', { name: titleOf(item) })}
                            onClick={async () => {
                              setFailure(null);
                              try {
                                await remove({ variables: { id: item.id } });
                              } catch (caught) {
                                setFailure(errorMessageOf(caught, t('app.loadError')));
                              }
                            }}
                          >
                            {t('programmeAdmin.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
            </Stack>

            <Stack gap="xs" component="section" aria-labelledby="speakers-title">
              <Group justify="space-between">
                <Title order={3} id="speakers-title">
                  {t('programmeAdmin.speakers')}
                </Title>
                <Button size="xs" onClick={() => setSpeaker('new')}>
                  {t('programmeAdmin.newSpeaker')}
                </Button>
              </Group>
              {data.speakers.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('programmeAdmin.noSpeakers')}
                </Text>
              )}
              {data.speakers.map((item) => (
                <Group key={item.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {item.name}
                    {item.organization && ` · ${item.organization.name}`}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setSpeaker(item)}
                    aria-label={t('programmeAdmin.editNamed', { name: item.name })}
                  >
                    {t('roadmap.edit')}
                  </Button>
                </Group>
              ))}
            </Stack>

            <Dialog opened={eventEnglishOpen} onClose={() => setEventEnglishOpen(false)} title={t('programmeAdmin.eventEnglish')} size="xl">
              {eventEnglishOpen && <EventEnglishForm event={data.event} onClose={() => setEventEnglishOpen(false)} />}
            </Dialog>
            <Dialog
              opened={theme !== null}
              onClose={() => setTheme(null)}
              title={theme === 'new' ? t('programmeAdmin.newTheme') : t('programmeAdmin.editTheme')}
            >
              {theme !== null && <ThemeForm theme={theme === 'new' ? null : theme} onClose={() => setTheme(null)} />}
            </Dialog>
            <Dialog
              opened={session !== null}
              onClose={() => setSession(null)}
              title={session === 'new' ? t('programmeAdmin.newSession') : t('programmeAdmin.editSession')}
              size="lg"
            >
              {session !== null && (
                <SessionForm session={session === 'new' ? null : session} data={data} onClose={() => setSession(null)} />
              )}
            </Dialog>
            <Dialog
              opened={talksSession !== null}
              onClose={() => setTalksOf(null)}
              title={talksSession ? t('programmeAdmin.talksOf', { title: titleOf(talksSession) }) : ''}
              size="xl"
            >
              {talksSession && <SessionTalks session={talksSession} data={data} />}
            </Dialog>
            <Dialog
              opened={moderatorsOf !== null}
              onClose={() => setModeratorsOf(null)}
              title={moderatorsOf ? t('programmeAdmin.moderatorsOf', { title: titleOf(moderatorsOf) }) : ''}
            >
              {moderatorsOf && <SessionModerators session={moderatorsOf} onClose={() => setModeratorsOf(null)} />}
            </Dialog>
            <Dialog
              opened={speaker !== null}
              onClose={() => setSpeaker(null)}
              title={speaker === 'new' ? t('programmeAdmin.newSpeaker') : t('programmeAdmin.editSpeaker')}
              size="lg"
            >
              {speaker !== null && (
                <SpeakerForm speaker={speaker === 'new' ? null : speaker} data={data} onClose={() => setSpeaker(null)} />
              )}
            </Dialog>
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function SpeakerForm({ speaker, data, onClose }: { speaker: Speaker | null; data: Data; onClose: () => void }) {
  const { t } = useTranslation();
  const [create, { loading: creating }] = useMutation(CreateSpeakerMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateSpeakerMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: speaker?.name ?? '',
      jobTitle: speaker?.jobTitle ?? '',
      organizationId: speaker?.organization?.id ?? (null as string | null),
      bio: speaker?.bio ?? '',
    },
    validate: { name: (value) => (value.trim() ? null : t('errors.required')) },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = { ...values, jobTitle: values.jobTitle || null };
    try {
      if (speaker) await update({ variables: { id: speaker.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (caught) {
      setFailure(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput label={t('programmeAdmin.name')} required maxLength={160} {...form.getInputProps('name')} />
        <TextInput label={t('programmeAdmin.jobTitle')} maxLength={200} {...form.getInputProps('jobTitle')} />
        <Select
          label={t('roadmap.organization')}
          clearable
          searchable
          data={data.organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
          {...form.getInputProps('organizationId')}
        />
        <Textarea label={t('programmeAdmin.bio')} autosize minRows={3} maxLength={1500} {...form.getInputProps('bio')} />
        <FormActions onCancel={onClose} saving={creating || updating} />
      </Stack>
    </form>
  );
}

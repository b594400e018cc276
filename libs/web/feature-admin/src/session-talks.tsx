import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyFieldErrors, errorMessageOf, type ProgrammeAdminQuery as Data, type SpeakerRole } from '@ruta/web-data-access';
import { PonenciaLink } from '@ruta/web-feature-documents';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddSessionSpeakerMutation, RemoveSessionSpeakerMutation, UpdateSessionSpeakerMutation } from './programme-operations.js';

type Session = Data['agenda'][number];
type Slot = Session['speakers'][number];
const roles: SpeakerRole[] = ['KEYNOTE_SPEAKER', 'PANELIST', 'MODERATOR', 'HOST'];

/** The part a new slot of a session of this kind usually plays. */
const usualRole = (kind: Session['kind']): SpeakerRole =>
  kind === 'KEYNOTE' ? 'KEYNOTE_SPEAKER' : kind === 'PANEL' ? 'PANELIST' : kind === 'OPEN_DIALOGUE' ? 'MODERATOR' : 'HOST';

/** A session's speaking slots: who speaks, in what part, for how long, where the talk can be seen, and its ponencia. */
export function SessionTalks({ session, data }: { session: Session; data: Data }) {
  const { t } = useTranslation();
  // Each slot mutation returns the session's slots: Apollo's cache updates the editor and the table.
  const [add, { loading }] = useMutation(AddSessionSpeakerMutation);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('programmeAdmin.talksHelp')}
      </Text>
      {session.speakers.map((slot, index) => (
        <TalkForm key={slot.id} slot={slot} number={index + 1} data={data} />
      ))}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        loading={loading}
        onClick={async () => {
          setFailure(null);
          try {
            await add({ variables: { sessionId: session.id, input: { role: usualRole(session.kind) } } });
          } catch (caught) {
            setFailure(errorMessageOf(caught, t('app.loadError')));
          }
        }}
      >
        {t('programmeAdmin.addTalk')}
      </Button>
    </Stack>
  );
}

function TalkForm({ slot, number, data }: { slot: Slot; number: number; data: Data }) {
  const { t } = useTranslation();
  const [update, { loading: saving }] = useMutation(UpdateSessionSpeakerMutation);
  const [remove, { loading: removing }] = useMutation(RemoveSessionSpeakerMutation);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const form = useForm({
    initialValues: {
      role: slot.role,
      speakerId: slot.speaker?.id ?? null,
      durationMinutes: slot.durationMinutes ?? ('' as number | string),
      slidesUrl: slot.slidesUrl ?? '',
      recordingUrl: slot.recordingUrl ?? '',
    },
  });
  const title = t('programmeAdmin.talkNumber', { number });
  const submit = form.onSubmit(async (values) => {
    setStatus(null);
    const input = {
      role: values.role,
      speakerId: values.speakerId,
      durationMinutes: typeof values.durationMinutes === 'number' ? values.durationMinutes : null,
      slidesUrl: values.slidesUrl.trim() || null,
      recordingUrl: values.recordingUrl.trim() || null,
    };
    try {
      await update({ variables: { id: slot.id, input } });
      form.resetDirty();
      setStatus({ ok: true, message: t('programmeAdmin.saved') });
    } catch (caught) {
      // Field problems show on their fields; anything else below the form.
      const message = applyFieldErrors(caught, form, t('app.loadError'));
      setStatus(message ? { ok: false, message } : null);
    }
  });
  return (
    <Card withBorder padding="sm" component="section" aria-label={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Text fw={700} size="sm">
            {title}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('programmeAdmin.role')}
              allowDeselect={false}
              data={roles.map((role) => ({ value: role, label: t(`speakerRole.${role}`) }))}
              {...form.getInputProps('role')}
            />
            <Select
              label={t('programmeAdmin.speaker')}
              placeholder={t('programmeAdmin.toBeConfirmed')}
              clearable
              searchable
              data={data.speakers.map((speaker) => ({ value: speaker.id, label: speaker.name }))}
              {...form.getInputProps('speakerId')}
            />
            <NumberInput
              label={t('programmeAdmin.duration')}
              min={1}
              max={240}
              allowDecimal={false}
              {...form.getInputProps('durationMinutes')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="url"
              label={t('programmeAdmin.slidesUrl')}
              placeholder="https://"
              maxLength={500}
              {...form.getInputProps('slidesUrl')}
            />
            <TextInput
              type="url"
              label={t('programmeAdmin.recordingUrl')}
              placeholder="https://"
              maxLength={500}
              {...form.getInputProps('recordingUrl')}
            />
          </SimpleGrid>
          {status && (
            <Text size="sm" c={status.ok ? undefined : 'red.9'} role={status.ok ? 'status' : 'alert'}>
              {status.message}
            </Text>
          )}
          <Group gap="xs" justify="space-between">
            <Group gap="xs">
              <Button type="submit" size="xs" loading={saving}>
                {t('people.save')}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={removing}
                aria-label={t('programmeAdmin.removeNamed', { number })}
                onClick={async () => {
                  setStatus(null);
                  try {
                    await remove({ variables: { id: slot.id } });
                  } catch (caught) {
                    setStatus({ ok: false, message: errorMessageOf(caught, t('app.loadError')) });
                  }
                }}
              >
                {t('programmeAdmin.remove')}
              </Button>
            </Group>
            <PonenciaLink slotId={slot.id} canWrite label={slot.speaker?.name ?? title} />
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

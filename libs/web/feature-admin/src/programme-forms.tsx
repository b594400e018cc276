import { useMutation } from '@apollo/client/react';
import { Alert, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { forumInstant, toForumIso } from '@ruta/shared-domain';
import { applyFieldErrors, type AgendaSessionKind, type ProgrammeAdminQuery as Data } from '@ruta/web-data-access';
import { CONTENT_LANG, FormActions, formatDate, useLocalized } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateAgendaSessionMutation,
  CreateThemeMutation,
  ProgrammeAdminQuery,
  UpdateAgendaSessionMutation,
  UpdateThemeMutation,
} from './programme-operations.js';

type Theme = Data['themes'][number];
type Session = Data['agenda'][number];
const kinds: AgendaSessionKind[] = ['OPENING', 'KEYNOTE', 'PANEL', 'OPEN_DIALOGUE', 'CLOSING'];
const refetchQueries = [ProgrammeAdminQuery];

/** A theme's name and description, the Spanish beside the English (blank English: shown in Spanish). */
export function ThemeForm({ theme, onClose }: { theme: Theme | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [create, { loading: creating }] = useMutation(CreateThemeMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateThemeMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: theme?.name ?? '',
      description: theme?.description ?? '',
      english: { name: theme?.english.name ?? '', description: theme?.english.description ?? '' },
    },
  });
  const submit = form.onSubmit(async (input) => {
    setFailure(null);
    try {
      if (theme) await update({ variables: { id: theme.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (caught) {
      setFailure(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });
  const inEnglish = (field: string) => t('programmeAdmin.englishOf', { field });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('programmeAdmin.name')} required maxLength={120} lang={CONTENT_LANG} {...form.getInputProps('name')} />
          <TextInput label={inEnglish(t('programmeAdmin.name'))} maxLength={120} lang="en" {...form.getInputProps('english.name')} />
          <Textarea
            label={t('roadmap.fields.description')}
            autosize
            minRows={3}
            maxLength={2000}
            lang={CONTENT_LANG}
            {...form.getInputProps('description')}
          />
          <Textarea
            label={inEnglish(t('roadmap.fields.description'))}
            autosize
            minRows={3}
            maxLength={2000}
            lang="en"
            {...form.getInputProps('english.description')}
          />
        </SimpleGrid>
        <FormActions onCancel={onClose} saving={creating || updating} />
      </Stack>
    </form>
  );
}

/** A session: kind, theme, title and description (Spanish beside English), day and times. */
export function SessionForm({ session, data, onClose }: { session: Session | null; data: Data; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const localize = useLocalized();
  const [create, { loading: creating }] = useMutation(CreateAgendaSessionMutation, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdateAgendaSessionMutation, { refetchQueries });
  const [failure, setFailure] = useState<string | null>(null);
  const local = (iso: string | undefined) => (iso ? toForumIso(new Date(iso)) : '');
  const form = useForm({
    initialValues: {
      kind: (session?.kind ?? 'PANEL') as AgendaSessionKind,
      themeId: session?.theme?.id ?? (null as string | null),
      title: session?.title ?? '',
      description: session?.description ?? '',
      english: { title: session?.english.title ?? '', description: session?.english.description ?? '' },
      date: local(session?.startsAt).slice(0, 10) || data.event.days[0]?.date || '',
      from: local(session?.startsAt).slice(11, 16),
      to: local(session?.endsAt).slice(11, 16),
    },
    validate: {
      title: (value) => (value.trim() ? null : t('errors.required')),
      from: (value) => (value ? null : t('errors.required')),
      to: (value) => (value ? null : t('errors.required')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = {
      kind: values.kind,
      themeId: values.themeId,
      title: values.title,
      description: values.description,
      english: values.english,
      startsAt: forumInstant(values.date, values.from).toISOString(),
      endsAt: forumInstant(values.date, values.to).toISOString(),
    };
    try {
      if (session) await update({ variables: { id: session.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (caught) {
      // The agenda rules speak of the start and end: show their messages on the time fields.
      const message = applyFieldErrors(
        caught,
        { setErrors: (errors) => form.setErrors({ ...errors, from: errors.startsAt, to: errors.endsAt }) },
        t('app.loadError'),
      );
      setFailure(message);
    }
  });
  const inEnglish = (field: string) => t('programmeAdmin.englishOf', { field });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('programmeAdmin.kind')}
            allowDeselect={false}
            data={kinds.map((kind) => ({ value: kind, label: t(`sessionKind.${kind}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('roadmap.theme')}
            clearable
            data={data.themes.map((theme) => ({ value: theme.id, label: localize(theme.name, theme.english.name).value }))}
            {...form.getInputProps('themeId')}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('programmeAdmin.sessionTitle')}
            required
            maxLength={200}
            lang={CONTENT_LANG}
            {...form.getInputProps('title')}
          />
          <TextInput
            label={inEnglish(t('programmeAdmin.sessionTitle'))}
            maxLength={200}
            lang="en"
            {...form.getInputProps('english.title')}
          />
          <Textarea
            label={t('roadmap.fields.description')}
            autosize
            minRows={2}
            maxLength={2000}
            lang={CONTENT_LANG}
            {...form.getInputProps('description')}
          />
          <Textarea
            label={inEnglish(t('roadmap.fields.description'))}
            autosize
            minRows={2}
            maxLength={2000}
            lang="en"
            {...form.getInputProps('english.description')}
          />
        </SimpleGrid>
        <Group grow align="flex-start">
          <Select
            label={t('programmeAdmin.day')}
            allowDeselect={false}
            data={data.event.days.map((day) => ({ value: day.date, label: formatDate(day.date, language, 'short') }))}
            {...form.getInputProps('date')}
          />
          <TextInput type="time" label={t('programmeAdmin.from')} required {...form.getInputProps('from')} />
          <TextInput type="time" label={t('programmeAdmin.to')} required {...form.getInputProps('to')} />
        </Group>
        <FormActions onCancel={onClose} saving={creating || updating} />
      </Stack>
    </form>
  );
}

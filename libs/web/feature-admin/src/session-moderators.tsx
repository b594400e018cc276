import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, MultiSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { moderatesSessions } from '@ruta/shared-domain';
import { applyFieldErrors, type ProgrammeAdminQuery as Data } from '@ruta/web-data-access';
import { FormActions, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModeratorCandidatesQuery, SetSessionModeratorsMutation } from './programme-operations.js';

type Session = Data['agenda'][number];

/**
 * Who moderates a session's live questions: chosen among the enabled people with the moderator
 * role (those already chosen stay listed, whatever their role now, so they can be removed).
 */
export function SessionModerators({ session, onClose }: { session: Session; onClose: () => void }) {
  const { t } = useTranslation();
  const candidates = useQuery(ModeratorCandidatesQuery);
  // The mutation returns the session's moderators: Apollo's cache updates the table.
  const [save, { loading: saving }] = useMutation(SetSessionModeratorsMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const current = session.moderators ?? [];
  const form = useForm({ initialValues: { userIds: current.map((person) => person.id) } });
  const people = [
    ...current,
    ...(candidates.data?.users ?? []).filter((person) => moderatesSessions(person.role) && !person.disabled),
  ].filter((person, index, all) => all.findIndex((other) => other.id === person.id) === index);
  const submit = form.onSubmit(async ({ userIds }) => {
    setFailure(null);
    try {
      await save({ variables: { sessionId: session.id, userIds } });
      onClose();
    } catch (caught) {
      setFailure(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });
  return (
    <QueryState loading={candidates.loading && !candidates.data} error={candidates.error} onRetry={() => void candidates.refetch()}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('programmeAdmin.moderatorsHelp')}
          </Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <MultiSelect
            label={t('programmeAdmin.moderators')}
            placeholder={form.values.userIds.length === 0 ? t('programmeAdmin.noModerators') : undefined}
            searchable
            clearable
            nothingFoundMessage={t('programmeAdmin.noModeratorFound')}
            data={people.map((person) => ({ value: person.id, label: person.displayName }))}
            {...form.getInputProps('userIds')}
          />
          <FormActions onCancel={onClose} saving={saving} />
        </Stack>
      </form>
    </QueryState>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { errorMessageOf } from '@ruta/web-data-access';
import { Dialog, formatDate, formatTime } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateSnapshotMutation, RestoreSnapshotMutation, SnapshotsQuery } from './operations.js';

/**
 * Saved versions: taken automatically while people write, or on demand with a name. Anyone who
 * reads the document may view them; editors save and restore (a restore keeps the version it
 * replaces, so it can be undone by restoring that one).
 */
export function VersionsPanel({ documentId, canEdit }: { documentId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { data, refetch } = useQuery(SnapshotsQuery, { variables: { documentId }, fetchPolicy: 'cache-and-network' });
  const [create, { loading: saving }] = useMutation(CreateSnapshotMutation);
  const [restore, { loading: restoring }] = useMutation(RestoreSnapshotMutation);
  const [name, setName] = useState('');
  const [viewing, setViewing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const snapshots = data?.documentSnapshots ?? [];
  const shown = snapshots.find((snapshot) => snapshot.id === viewing);
  const labelOf = (snapshot: (typeof snapshots)[number]) =>
    `${snapshot.name ?? t('documents.autoVersion')} · ${formatDate(snapshot.createdAt.slice(0, 10), language, 'short')} ${formatTime(snapshot.createdAt, language)}`;

  return (
    <Stack gap="sm" component="section" aria-labelledby="versions-title">
      <Title order={3} id="versions-title">
        {t('documents.versions')}
      </Title>
      {canEdit && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!name.trim()) return;
            setMessage(null);
            try {
              await create({ variables: { documentId, name } });
              setName('');
              await refetch();
            } catch (caught) {
              setMessage(errorMessageOf(caught, t('app.loadError')));
            }
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('documents.versionName')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              maxLength={120}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={saving} disabled={!name.trim()}>
              {t('documents.saveVersion')}
            </Button>
          </Group>
        </form>
      )}
      {message && (
        <Text size="sm" c="red.9" role="alert">
          {message}
        </Text>
      )}
      {snapshots.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('documents.noVersions')}
        </Text>
      )}
      {snapshots.map((snapshot) => (
        <Group key={snapshot.id} justify="space-between" gap="xs" wrap="nowrap">
          {/* The text gives way (it wraps); the button always stays in view. */}
          <Stack gap={0} miw={0} style={{ flex: 1, overflowWrap: 'anywhere' }}>
            <Text size="sm" fw={snapshot.name ? 600 : 400}>
              {labelOf(snapshot)}
            </Text>
            {snapshot.createdBy && (
              <Text size="xs" c="dimmed">
                {snapshot.createdBy.displayName}
              </Text>
            )}
          </Stack>
          <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={() => setViewing(snapshot.id)}>
            {t('documents.view')}
          </Button>
        </Group>
      ))}
      <Dialog opened={shown !== undefined} onClose={() => setViewing(null)} title={shown ? labelOf(shown) : ''} size="xl">
        {shown && (
          <Stack>
            {/* Rendered and sanitized by the server from the shared schema: no script, no remote content. */}
            <Box className="ruta-document" dangerouslySetInnerHTML={{ __html: shown.html }} />
            {canEdit && (
              <Group justify="flex-end">
                <Button
                  loading={restoring}
                  onClick={async () => {
                    await restore({ variables: { id: shown.id } });
                    setViewing(null);
                    await refetch();
                  }}
                >
                  {t('documents.restore')}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Dialog>
    </Stack>
  );
}

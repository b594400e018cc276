import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { errorMessageOf, type ActionItemDetailQuery } from '@ruta/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionItemListQuery } from './operations/action-item-list.js';
import { ActionItemDetailQuery as DetailQuery, MergeActionItemsMutation } from './operations/action-items.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

/** Merge another item into this one: pick it, then confirm; both versions are checked. */
export function MergeForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const { t } = useTranslation();
  const [absorbedId, setAbsorbedId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const candidates = useQuery(ActionItemListQuery, { variables: { first: 100, sort: 'TITLE' } });
  const [merge, { loading }] = useMutation(MergeActionItemsMutation);
  const options = (candidates.data?.actionItems.nodes ?? []).filter(
    (candidate) => candidate.id !== item.id && candidate.status !== 'DONE' && candidate.status !== 'CANCELLED',
  );
  const absorbed = useQuery(DetailQuery, { variables: { id: absorbedId ?? '' }, skip: !absorbedId });
  return (
    <Stack>
      <Text size="sm">{t('roadmap.mergeHelp', { title: item.title })}</Text>
      <Select
        label={t('roadmap.mergeWhich')}
        searchable
        value={absorbedId}
        onChange={setAbsorbedId}
        data={options.map((candidate) => ({ value: candidate.id, label: `${candidate.title} (${candidate.leadProvince.name})` }))}
      />
      {message && (
        <Alert color="red" role="alert">
          {message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('people.cancel')}
        </Button>
        <Button
          loading={loading}
          disabled={!absorbed.data?.actionItem}
          onClick={async () => {
            const other = absorbed.data?.actionItem;
            if (!other) return;
            setMessage(null);
            try {
              await merge({
                variables: { targetId: item.id, targetVersion: item.version, absorbedId: other.id, absorbedVersion: other.version },
              });
              onDone();
            } catch (caught) {
              setMessage(errorMessageOf(caught, t('app.loadError')));
            }
          }}
        >
          {t('roadmap.confirmMerge')}
        </Button>
      </Group>
    </Stack>
  );
}

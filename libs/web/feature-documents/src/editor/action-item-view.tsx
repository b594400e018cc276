import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Progress, Select, Stack, Text } from '@mantine/core';
import { actionItemTransitions } from '@ruta/shared-domain';
import { errorMessageOf, type ActionItemStatus } from '@ruta/web-data-access';
import { CONTENT_LANG } from '@ruta/web-ui';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItemBlockChangedSubscription, ActionItemBlockQuery, UpdateActionItemStatusMutation } from '../operations.js';

/**
 * An action item inside a document: the roadmap's own record, read live (the document holds only
 * its id, so the two never disagree). CONGOPE changes its status here through `updateActionItem`,
 * on the version shown: a stale one is refused and the block shows the current state.
 */
export function ActionItemView({ node, selected }: ReactNodeViewProps) {
  const { t, i18n } = useTranslation();
  const id = node.attrs.actionItemId as string | null;
  const { data, error, refetch } = useQuery(ActionItemBlockQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(ActionItemBlockChangedSubscription, { variables: { ids: id ? [id] : [] }, skip: !id, onData: () => void refetch() });
  const [update, { loading }] = useMutation(UpdateActionItemStatusMutation);
  const [message, setMessage] = useState<string | null>(null);
  const item = data?.actionItem;

  const move = async (status: ActionItemStatus) => {
    if (!item) return;
    setMessage(null);
    try {
      await update({ variables: { id: item.id, input: { expectedVersion: item.version, status } } });
    } catch (caught) {
      setMessage(errorMessageOf(caught, t('app.loadError')));
      await refetch();
    }
  };

  return (
    // The block sits in the document's Spanish text; its own labels are in the interface's language.
    <NodeViewWrapper data-drag-handle="" contentEditable={false} lang={i18n.resolvedLanguage}>
      <Card
        withBorder
        padding="sm"
        my="xs"
        component="section"
        aria-label={item ? t('documents.actionItemBlock', { title: item.title }) : t('documents.actionItemUnavailable')}
        style={{
          borderLeft: '4px solid var(--mantine-primary-color-filled)',
          outline: selected ? '2px solid var(--mantine-primary-color-filled)' : undefined,
        }}
      >
        {!item ? (
          <Text size="sm" c="dimmed">
            {error ? t('documents.actionItemUnavailable') : t('app.loading')}
          </Text>
        ) : (
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Anchor component={Link} to={`/hoja-de-ruta/${item.id}`} fw={700} lang={CONTENT_LANG}>
                {item.title}
              </Anchor>
              <Badge variant="light" color="gray" c="dark" tt="none" style={{ flexShrink: 0 }}>
                {t(`actionItemStatus.${item.status}`)}
              </Badge>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <Progress value={item.progress} style={{ flex: 1 }} aria-label={t('roadmap.progressOf', { title: item.title })} />
              <Text size="sm">{item.progress} %</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {item.leadProvince.name}
              {item.commitments.length > 0 &&
                ` · ${item.commitments
                  .map(
                    (commitment) =>
                      `${commitment.organization.shortName ?? commitment.organization.name} (${t(`commitmentStatus.${commitment.status}`)})`,
                  )
                  .join(', ')}`}
            </Text>
            {item.viewerCan?.manage && actionItemTransitions[item.status].length > 0 && (
              <Select
                size="xs"
                w={220}
                label={t('documents.changeStatus')}
                placeholder={t('roadmap.chooseStatus')}
                value={null}
                disabled={loading}
                onChange={(value) => value && void move(value as ActionItemStatus)}
                data={actionItemTransitions[item.status]
                  .filter((status) => status !== 'BLOCKED' && status !== 'CANCELLED')
                  .map((status) => ({ value: status, label: t(`actionItemStatus.${status}`) }))}
              />
            )}
            {message && (
              <Text size="sm" c="red.9" role="alert">
                {message}
              </Text>
            )}
          </Stack>
        )}
      </Card>
    </NodeViewWrapper>
  );
}

import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { errorCodeOf, type SessionUser } from '@ruta/web-data-access';
import { CONTENT_LANG, Dialog, Localized, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailsCard } from './action-item-details-card.js';
import { EditForm } from './action-item-edit-form.js';
import { MergeForm } from './action-item-merge-form.js';
import { ProgressCard } from './action-item-progress-card.js';
import { Sources } from './action-item-sources.js';
import { CommitmentsPanel } from './commitments-panel.js';
import { HistoryList } from './history-list.js';
import { RoadmapReferenceQuery as ReferenceQuery } from './operations/action-item-list.js';
import { ActionItemChangedSubscription, ActionItemDetailQuery as DetailQuery } from './operations/action-items.js';
import { StatusBadge } from './status-badge.js';

/** An action item: what, where, who, status and progress; where it came from; commitments; history. Live. */
export function ActionItemView({ id, user }: { id: string; user: SessionUser }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const reference = useQuery(ReferenceQuery);
  useSubscription(ActionItemChangedSubscription, { variables: { ids: [id] }, onData: () => void refetch() });
  const item = data?.actionItem;
  // What this person may do with it, as the server's policy says; a merged item is only read.
  const canManage = Boolean(item?.viewerCan?.manage);
  const canEdit = Boolean(item?.viewerCan?.edit && !item.mergedInto);
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);

  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      missing={
        (errorCodeOf(error) === 'NOT_FOUND' || errorCodeOf(error) === 'BAD_USER_INPUT') && {
          back: { to: '/hoja-de-ruta', label: t('roadmap.backToList') },
        }
      }
    >
      {item && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Anchor component={Link} to="/hoja-de-ruta" size="sm">
              ← {t('roadmap.backToList')}
            </Anchor>
            <Group gap="sm">
              <StatusBadge status={item.status} />
              <Text size="sm" c="dimmed">
                <Localized es={item.theme.name} en={item.theme.english.name} />
              </Text>
            </Group>
            <Title order={2} lang={CONTENT_LANG}>
              {item.title}
            </Title>
            <Text size="sm">
              <Text span fw={600}>
                {t('roadmap.fields.leadProvinceCode')}:
              </Text>{' '}
              {item.leadProvince.name}
              {item.coProvinces.length > 0 && (
                <>
                  {' · '}
                  <Text span fw={600}>
                    {t('roadmap.fields.coProvinceCodes')}:
                  </Text>{' '}
                  {item.coProvinces.map((province) => province.name).join(', ')}
                </>
              )}
            </Text>
            {item.statusReason && (
              <Text size="sm">
                <Text span fw={600}>
                  {t('roadmap.statusReason')}:
                </Text>{' '}
                <span lang={CONTENT_LANG}>{item.statusReason}</span>
              </Text>
            )}
            {item.mergedInto && (
              <Alert color="gray">
                {t('roadmap.mergedInto')}{' '}
                <Anchor component={Link} to={`/hoja-de-ruta/${item.mergedInto.id}`} lang={CONTENT_LANG}>
                  {item.mergedInto.title}
                </Anchor>
              </Alert>
            )}
            <Group gap="xs" mt="xs">
              {canEdit && (
                <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                  {t('roadmap.edit')}
                </Button>
              )}
              {canManage && !item.mergedInto && item.status !== 'DONE' && item.status !== 'CANCELLED' && (
                <Button size="xs" variant="light" onClick={() => setMerging(true)}>
                  {t('roadmap.merge')}
                </Button>
              )}
            </Group>
          </Stack>

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <ProgressCard item={item} canManage={canManage} onChanged={() => void refetch()} />
                <DetailsCard item={item} />
                {reference.data && <CommitmentsPanel item={item} user={user} reference={reference.data} onChanged={() => void refetch()} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                <Sources item={item} canManage={canManage} onChanged={() => void refetch()} />
                {item.absorbed.length > 0 && (
                  <Stack gap="xs" component="section" aria-labelledby="absorbed-title">
                    <Title order={3} id="absorbed-title">
                      {t('roadmap.absorbed')}
                    </Title>
                    <List size="sm">
                      {item.absorbed.map((absorbed) => (
                        <List.Item key={absorbed.id}>
                          <Anchor component={Link} to={`/hoja-de-ruta/${absorbed.id}`} lang={CONTENT_LANG}>
                            {absorbed.title}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  </Stack>
                )}
                <HistoryList item={item} />
              </Stack>
            </Grid.Col>
          </Grid>

          {reference.data && (
            <Dialog opened={editing} onClose={() => setEditing(false)} title={t('roadmap.edit')} size="xl">
              <EditForm
                item={item}
                reference={reference.data}
                canManage={canManage}
                onDone={() => {
                  setEditing(false);
                  void refetch();
                }}
                onConflict={() => void refetch()}
              />
            </Dialog>
          )}
          <Dialog opened={merging} onClose={() => setMerging(false)} title={t('roadmap.merge')} size="lg">
            <MergeForm item={item} onDone={() => setMerging(false)} />
          </Dialog>
        </Stack>
      )}
    </QueryState>
  );
}

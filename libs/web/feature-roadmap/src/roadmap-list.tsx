import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, MultiSelect, Progress, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { errorMessageOf, useAbilities } from '@ruta/web-data-access';
import { CONTENT_LANG, Dialog, formatDate, Localized, QueryState, useLocalized } from '@ruta/web-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ImportDialog } from './import-dialog.js';
import {
  ActionItemListQuery,
  DeleteViewMutation,
  RoadmapReferenceQuery,
  SavedViewsQuery,
  SaveViewMutation,
} from './operations/action-item-list.js';
import { actionItemStatuses, cleanQuery, filterFromParams, priorities, sorts } from './roadmap-filters.js';
import { StatusBadge } from './status-badge.js';

const PAGE_SIZE = 25;

/** The hoja de ruta: filters and sorting in the URL, saved views, export and import, newest first. */
export function RoadmapList() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const localize = useLocalized();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(text, 300);
  const { filter, sort } = filterFromParams(params);
  const reference = useQuery(RoadmapReferenceQuery);
  const list = useQuery(ActionItemListQuery, { variables: { filter, sort, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
  const { proposeActionItems, importRoadmap } = useAbilities();
  const [importing, setImporting] = useState(false);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== search) setParam('q', search || null);
    // Only the debounced search text drives this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);

  const query = cleanQuery(params);
  const items = list.data?.actionItems;
  const loadMore = () =>
    void list.fetchMore({
      variables: { after: items?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        actionItems: { ...fetchMoreResult.actionItems, nodes: [...previous.actionItems.nodes, ...fetchMoreResult.actionItems.nodes] },
      }),
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('roadmap.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('roadmap.intro')}
          </Text>
        </Stack>
        <Group gap="xs">
          {proposeActionItems && (
            <Button component={Link} to="/hoja-de-ruta/nueva">
              {t('roadmap.propose')}
            </Button>
          )}
          <Button component="a" variant="default" href={`/exports/roadmap.csv${query ? `?${query}` : ''}`} download>
            {t('roadmap.exportCsv')}
          </Button>
          <Button component="a" variant="default" href={`/exports/roadmap.xlsx${query ? `?${query}` : ''}`} download>
            {t('roadmap.exportXlsx')}
          </Button>
          {importRoadmap && (
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('roadmap.import')}
            </Button>
          )}
        </Group>
      </Group>

      <Card withBorder component="section" aria-label={t('roadmap.filters')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput label={t('roadmap.search')} type="search" value={text} onChange={(event) => setText(event.currentTarget.value)} />
            <Select
              label={t('roadmap.province')}
              placeholder={t('roadmap.all')}
              clearable
              searchable
              value={params.get('provincia')}
              onChange={(value) => setParam('provincia', value)}
              data={(reference.data?.provinces ?? []).map((province) => ({ value: province.code, label: province.name }))}
            />
            <Select
              label={t('roadmap.theme')}
              placeholder={t('roadmap.all')}
              clearable
              value={params.get('eje')}
              onChange={(value) => setParam('eje', value)}
              data={(reference.data?.themes ?? []).map((theme) => ({
                value: theme.id,
                label: localize(theme.name, theme.english.name).value,
              }))}
            />
            <MultiSelect
              label={t('roadmap.status')}
              placeholder={filter.statuses ? undefined : t('roadmap.all')}
              clearable
              value={filter.statuses ?? []}
              onChange={(value) => setParam('estado', value.join(',') || null)}
              data={actionItemStatuses.map((status) => ({ value: status, label: t(`actionItemStatus.${status}`) }))}
            />
            <Select
              label={t('roadmap.priority')}
              placeholder={t('roadmap.all')}
              clearable
              value={params.get('prioridad')}
              onChange={(value) => setParam('prioridad', value)}
              data={priorities.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
            />
            <Select
              label={t('roadmap.organization')}
              placeholder={t('roadmap.all')}
              clearable
              searchable
              value={params.get('organizacion')}
              onChange={(value) => setParam('organizacion', value)}
              data={(reference.data?.organizations ?? []).map((organization) => ({
                value: organization.id,
                label: organization.shortName ?? organization.name,
              }))}
            />
            <Select
              label={t('roadmap.sortBy')}
              allowDeselect={false}
              value={sort}
              onChange={(value) => setParam('orden', value === 'UPDATED' ? null : value)}
              data={sorts.map((value) => ({ value, label: t(`roadmap.sort.${value}`) }))}
            />
          </SimpleGrid>
          <SavedViews current={query} onPick={(picked) => setParams(new URLSearchParams(picked), { replace: true })} />
        </Stack>
      </Card>

      <QueryState loading={list.loading && !list.data} error={list.error} onRetry={() => void list.refetch()}>
        <Text size="sm" aria-live="polite">
          {t('roadmap.count', { count: items?.totalCount ?? 0 })}
        </Text>
        <Stack gap="sm">
          {items?.nodes.map((item) => (
            <Card key={item.id} withBorder padding="sm" component="article" aria-labelledby={`item-${item.id}`}>
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/hoja-de-ruta/${item.id}`} fw={700} id={`item-${item.id}`} lang={CONTENT_LANG}>
                    {item.title}
                  </Anchor>
                  <StatusBadge status={item.status} />
                </Group>
                <Text size="sm">
                  {[item.leadProvince.name, ...item.coProvinces.map((province) => province.name)].join(', ')} ·{' '}
                  <Localized es={item.theme.name} en={item.theme.english.name} />
                </Text>
                <Group gap="md" wrap="wrap">
                  <Text size="sm" c="dimmed">
                    {t('roadmap.priorityLabel', { priority: t(`priority.${item.priority}`) })}
                  </Text>
                  {item.dueDate && (
                    <Text size="sm" c="dimmed">
                      {t('roadmap.dueOn', { date: formatDate(item.dueDate, language, 'short') })}
                    </Text>
                  )}
                  {item.responsibleOrganization && (
                    <Text size="sm" c="dimmed">
                      {item.responsibleOrganization.shortName ?? item.responsibleOrganization.name}
                    </Text>
                  )}
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={item.progress} style={{ flex: 1 }} aria-label={t('roadmap.progressOf', { title: item.title })} />
                  <Text size="sm">{item.progress} %</Text>
                </Group>
              </Stack>
            </Card>
          ))}
          {items?.nodes.length === 0 && <Text c="dimmed">{t('roadmap.empty')}</Text>}
          {items?.pageInfo.hasNextPage && (
            <Button variant="light" onClick={loadMore} loading={list.loading} style={{ alignSelf: 'center' }}>
              {t('roadmap.loadMore')}
            </Button>
          )}
        </Stack>
      </QueryState>
      {importRoadmap && <ImportDialog opened={importing} onClose={() => setImporting(false)} onImported={() => void list.refetch()} />}
    </Stack>
  );
}

/** The person's saved views of the list: pick one, save the current filters under a name, delete. */
function SavedViews({ current, onPick }: { current: string; onPick: (query: string) => void }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(SavedViewsQuery);
  const [save, { loading: saving }] = useMutation(SaveViewMutation);
  const [remove] = useMutation(DeleteViewMutation);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const views = data?.savedViews ?? [];
  const selected = views.find((view) => view.query === current);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label={t('roadmap.views')}
        placeholder={views.length ? t('roadmap.pickView') : t('roadmap.noViews')}
        disabled={views.length === 0}
        value={selected?.id ?? null}
        onChange={(id) => {
          const view = views.find((candidate) => candidate.id === id);
          if (view) onPick(view.query);
        }}
        data={views.map((view) => ({ value: view.id, label: view.name }))}
        w={240}
      />
      <Button variant="default" onClick={() => setNaming(true)}>
        {t('roadmap.saveView')}
      </Button>
      {selected && (
        <Button
          variant="subtle"
          color="red"
          onClick={async () => {
            await remove({ variables: { id: selected.id } });
            await refetch();
          }}
        >
          {t('roadmap.deleteView', { name: selected.name })}
        </Button>
      )}
      <Dialog opened={naming} onClose={() => setNaming(false)} title={t('roadmap.saveView')}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            setError(null);
            try {
              await save({ variables: { name, query: current } });
              await refetch();
              setNaming(false);
              setName('');
            } catch (caught) {
              setError(errorMessageOf(caught, t('app.loadError')));
            }
          }}
        >
          <Stack>
            <TextInput
              label={t('roadmap.viewName')}
              required
              maxLength={80}
              value={name}
              error={error}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('people.cancel')}
              </Button>
              <Button type="submit" loading={saving} disabled={!name.trim()}>
                {t('people.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </Group>
  );
}

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  NumberInput,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { actionItemTransitions, statusesNeedingReason } from '@ruta/shared-domain';
import {
  applyFieldErrors,
  errorCodeOf,
  errorMessageOf,
  type ActionItemDetailQuery,
  type ActionItemStatus,
  type RoadmapReferenceQuery,
  type SessionUser,
  isStaff,
} from '@ruta/web-data-access';
import { CONTENT_LANG, Dialog, formatDate, formatMoney, Localized, QueryState, ScrollTable } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItemFields, toActionItemInput, useActionItemForm, type ActionItemValues } from './action-item-form.js';
import { CommitmentsPanel } from './commitments-panel.js';
import { HistoryList } from './history-list.js';
import {
  ActionItemChangedSubscription,
  ActionItemDetailQuery as DetailQuery,
  ActionItemListQuery,
  MergeActionItemsMutation,
  RoadmapReferenceQuery as ReferenceQuery,
  UnlinkContributionMutation,
  UpdateActionItemMutation,
} from './operations.js';
import { StatusBadge } from './status-badge.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

function valuesOf(item: Item): ActionItemValues {
  return {
    title: item.title,
    description: item.description,
    themeId: item.theme.id,
    leadProvinceCode: item.leadProvince.code,
    coProvinceCodes: item.coProvinces.map((province) => province.code),
    competencyKey: item.competency?.key ?? null,
    responsibleOrganizationId: item.responsibleOrganization?.id ?? null,
    focalPointId: item.focalPoint?.id ?? null,
    priority: item.priority,
    startDate: item.startDate ?? '',
    dueDate: item.dueDate ?? '',
    budgetUsd: item.budgetUsd ?? '',
    sdgNumbers: item.sdgs.map((sdg) => String(sdg.number)),
    indicators: item.indicators.map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit ?? '',
      baseline: indicator.baseline ?? '',
      target: indicator.target ?? '',
      current: indicator.current ?? '',
    })),
  };
}

/** An action item: what, where, who, status and progress; where it came from; commitments; history. Live. */
export function ActionItemView({ id, user }: { id: string; user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { data, loading, error, refetch } = useQuery(DetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const reference = useQuery(ReferenceQuery);
  useSubscription(ActionItemChangedSubscription, { variables: { ids: [id] }, onData: () => void refetch() });
  const item = data?.actionItem;
  const staff = isStaff(user);
  const canEdit = Boolean(
    item &&
    !item.mergedInto &&
    (staff || (user.role === 'TECHNICIAN' && item.status === 'PROPOSED' && item.leadProvince.code === user.province?.code)),
  );
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
              {staff && !item.mergedInto && item.status !== 'DONE' && item.status !== 'CANCELLED' && (
                <Button size="xs" variant="light" onClick={() => setMerging(true)}>
                  {t('roadmap.merge')}
                </Button>
              )}
            </Group>
          </Stack>

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="lg">
                <ProgressCard item={item} staff={staff} onChanged={() => void refetch()} />
                <Card withBorder component="section" aria-labelledby="details-title">
                  <Title order={3} id="details-title" mb="xs">
                    {t('roadmap.details')}
                  </Title>
                  {item.description && (
                    <Text style={{ whiteSpace: 'pre-wrap' }} mb="sm" lang={CONTENT_LANG}>
                      {item.description}
                    </Text>
                  )}
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                    <Detail label={t('roadmap.fields.competencyKey')} value={item.competency?.name} />
                    <Detail
                      label={t('roadmap.fields.responsibleOrganizationId')}
                      value={item.responsibleOrganization && (item.responsibleOrganization.shortName ?? item.responsibleOrganization.name)}
                    />
                    <Detail label={t('roadmap.fields.focalPointId')} value={item.focalPoint?.displayName} />
                    <Detail label={t('roadmap.fields.priority')} value={t(`priority.${item.priority}`)} />
                    <Detail label={t('roadmap.fields.startDate')} value={item.startDate && formatDate(item.startDate, language, 'short')} />
                    <Detail label={t('roadmap.fields.dueDate')} value={item.dueDate && formatDate(item.dueDate, language, 'short')} />
                    <Detail label={t('roadmap.fields.budgetUsd')} value={item.budgetUsd !== null && formatMoney(item.budgetUsd)} />
                    <Detail label={t('roadmap.proposedBy')} value={item.proposedBy.displayName} />
                  </SimpleGrid>
                  {item.sdgs.length > 0 && (
                    <Group gap={4} mt="sm">
                      {item.sdgs.map((sdg) => (
                        <Badge key={sdg.number} variant="outline" color="congope" tt="none" title={sdg.name}>
                          {t('conversatorios.sdgBadge', { number: sdg.number })}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  {item.indicators.length > 0 && (
                    <ScrollTable label={t('roadmap.fields.indicators')} minWidth={480} mt="sm" striped>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('roadmap.indicator.name')}</Table.Th>
                          <Table.Th>{t('roadmap.indicator.baseline')}</Table.Th>
                          <Table.Th>{t('roadmap.indicator.target')}</Table.Th>
                          <Table.Th>{t('roadmap.indicator.current')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {item.indicators.map((indicator, index) => (
                          <Table.Tr key={index}>
                            <Table.Td>
                              {indicator.name}
                              {indicator.unit && ` (${indicator.unit})`}
                            </Table.Td>
                            <Table.Td>{indicator.baseline ?? '–'}</Table.Td>
                            <Table.Td>{indicator.target ?? '–'}</Table.Td>
                            <Table.Td>{indicator.current ?? '–'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </ScrollTable>
                  )}
                </Card>
                {reference.data && <CommitmentsPanel item={item} user={user} reference={reference.data} onChanged={() => void refetch()} />}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="lg">
                <Sources item={item} staff={staff} onChanged={() => void refetch()} />
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
                user={user}
                staff={staff}
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

function Detail({ label, value }: { label: string; value: string | null | undefined | false }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value || '–'}
    </Text>
  );
}

/** Status and progress, moved by analysts through `updateActionItem` on the version shown. */
function ProgressCard({ item, staff, onChanged }: { item: Item; staff: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UpdateActionItemMutation);
  const [nextStatus, setNextStatus] = useState<ActionItemStatus | null>(null);
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<number | string>(item.progress);
  const [message, setMessage] = useState<{ conflict: boolean; text: string } | null>(null);
  const transitions = item.mergedInto ? [] : actionItemTransitions[item.status];
  const needsReason = nextStatus !== null && statusesNeedingReason.has(nextStatus);
  const save = async (input: { status?: ActionItemStatus; statusReason?: string; progress?: number }) => {
    setMessage(null);
    try {
      await update({ variables: { id: item.id, input: { expectedVersion: item.version, ...input } } });
      setNextStatus(null);
      setReason('');
      onChanged();
    } catch (caught) {
      setMessage({ conflict: errorCodeOf(caught) === 'VERSION_CONFLICT', text: errorMessageOf(caught, t('app.loadError')) });
      onChanged();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="progress-title">
      <Stack gap="sm">
        <Title order={3} id="progress-title">
          {t('roadmap.progress')}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Progress value={item.progress} style={{ flex: 1 }} size="lg" aria-label={t('roadmap.progress')} />
          <Text fw={700}>{item.progress} %</Text>
        </Group>
        {message && (
          <Alert color={message.conflict ? 'orange' : 'red'} role="alert">
            {message.text} {message.conflict && t('roadmap.conflictReloaded')}
          </Alert>
        )}
        {staff && transitions.length > 0 && (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('roadmap.changeStatus')}
              placeholder={t('roadmap.chooseStatus')}
              value={nextStatus}
              onChange={(value) => setNextStatus(value as ActionItemStatus | null)}
              data={transitions.map((status) => ({ value: status, label: t(`actionItemStatus.${status}`) }))}
              w={220}
            />
            <Button
              loading={loading}
              disabled={!nextStatus || (needsReason && !reason.trim())}
              onClick={() => void save({ status: nextStatus!, ...(needsReason ? { statusReason: reason } : {}) })}
            >
              {t('roadmap.applyStatus')}
            </Button>
          </Group>
        )}
        {staff && needsReason && (
          <Textarea
            label={t('roadmap.statusReason')}
            required
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={1000}
          />
        )}
        {staff && !item.mergedInto && (item.status === 'AGREED' || item.status === 'IN_PROGRESS' || item.status === 'BLOCKED') && (
          <Group align="flex-end" gap="xs">
            <NumberInput
              label={t('roadmap.progressPercent')}
              min={0}
              max={100}
              clampBehavior="strict"
              value={progress}
              onChange={setProgress}
              w={160}
            />
            <Button
              variant="light"
              loading={loading}
              disabled={Number(progress) === item.progress}
              onClick={() => void save({ progress: Number(progress) })}
            >
              {t('roadmap.saveProgress')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function EditForm({
  item,
  reference,
  user,
  staff,
  onDone,
  onConflict,
}: {
  item: Item;
  reference: RoadmapReferenceQuery;
  user: SessionUser;
  staff: boolean;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const form = useActionItemForm(valuesOf(item));
  const [update, { loading }] = useMutation(UpdateActionItemMutation);
  const [version, setVersion] = useState(item.version);
  const [message, setMessage] = useState<{ conflict: boolean; text: string } | null>(null);
  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const { leadProvinceCode, ...input } = toActionItemInput(values);
    try {
      await update({
        variables: { id: item.id, input: { ...input, ...(staff ? { leadProvinceCode } : {}), expectedVersion: version } },
      });
      onDone();
    } catch (caught) {
      if (errorCodeOf(caught) === 'VERSION_CONFLICT') {
        setMessage({ conflict: true, text: errorMessageOf(caught, t('app.loadError')) });
        onConflict();
      } else setMessage({ conflict: false, text: applyFieldErrors(caught, form, t('app.loadError')) ?? t('roadmap.fixFields') });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color={message.conflict ? 'orange' : 'red'} role="alert">
            <Stack gap="xs">
              <Text size="sm">{message.text}</Text>
              {message.conflict && (
                <>
                  <Text size="sm">
                    {t('roadmap.conflictCurrent', {
                      title: item.title,
                      status: t(`actionItemStatus.${item.status}`),
                      version: item.version,
                    })}
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        form.setValues(valuesOf(item));
                        setVersion(item.version);
                        setMessage(null);
                      }}
                    >
                      {t('roadmap.loadCurrent')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => {
                        setVersion(item.version);
                        setMessage(null);
                      }}
                    >
                      {t('roadmap.keepMine')}
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          </Alert>
        )}
        <ActionItemFields form={form} reference={reference} fixedProvinceCode={staff ? null : user.province?.code} staff={staff} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('people.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('people.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Where the item came from: the contributions, each linking back to its conversatorio. */
function Sources({ item, staff, onChanged }: { item: Item; staff: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [unlink] = useMutation(UnlinkContributionMutation);
  return (
    <Stack gap="xs" component="section" aria-labelledby="sources-heading">
      <Title order={3} id="sources-heading">
        {t('roadmap.sources')}
      </Title>
      {item.sources.length === 0 && <Text c="dimmed">{t('roadmap.noSources')}</Text>}
      {item.sources.map((source) => (
        <Card key={source.id} withBorder padding="xs" component="article" aria-label={source.body.slice(0, 80)}>
          <Text size="sm" lang={CONTENT_LANG}>
            {source.body}
          </Text>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {t(`contributionType.${source.type}`)} · {source.province.name} ·{' '}
              <Anchor component={Link} to={`/conversatorios/${source.conversatorio.id}`} size="xs" underline="always" lang={CONTENT_LANG}>
                {source.conversatorio.title}
              </Anchor>
            </Text>
            {staff && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={async () => {
                  await unlink({ variables: { id: item.id, contributionId: source.id } });
                  onChanged();
                }}
              >
                {t('roadmap.unlink')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** Merge another item into this one: pick it, then confirm; both versions are checked. */
function MergeForm({ item, onDone }: { item: Item; onDone: () => void }) {
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

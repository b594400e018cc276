import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Checkbox, Grid, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { errorMessageOf } from '@ruta/web-data-access';
import { CONTENT_LANG, QueryState, ScrollTable, useLocalized } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LinkContributionsMutation } from './operations/action-items.js';
import { ConsolidationQuery, SuggestionsQuery } from './operations/consolidation.js';

/**
 * The analysts' consolidation workspace: what is not on the roadmap yet (per theme and
 * province), possible duplicates of a contribution, and turning contributions into an item or
 * linking them to an existing one.
 */
export function ConsolidationWorkspace() {
  const { t } = useTranslation();
  const localize = useLocalized();
  const navigate = useNavigate();
  const [themeId, setThemeId] = useState<string | null>(null);
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [focus, setFocus] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ConsolidationQuery, {
    variables: { filter: { themeId: themeId ?? undefined, provinceCode: provinceCode ?? undefined }, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const summary = data?.consolidationSummary ?? [];
  const englishNames = new Map((data?.themes ?? []).map((theme) => [theme.id, theme.english.name]));
  const themes = [...new Map(summary.map((cell) => [cell.themeId, localize(cell.themeName, englishNames.get(cell.themeId))])).entries()];
  const provinces = [...new Map(summary.map((cell) => [cell.provinceCode, cell.provinceName])).entries()].sort((a, b) =>
    a[0].localeCompare(b[0]),
  );
  const countOf = (theme: string, province: string) =>
    summary.find((cell) => cell.themeId === theme && cell.provinceCode === province)?.count ?? 0;
  const toggle = (id: string) =>
    setSelected((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));

  return (
    <Stack gap="md">
      <Title order={2}>{t('consolidation.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('consolidation.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        <Card withBorder component="section" aria-labelledby="waiting-title">
          <Title order={3} id="waiting-title" mb="xs">
            {t('consolidation.waiting')}
          </Title>
          {summary.length === 0 ? (
            <Text c="dimmed">{t('consolidation.allDone')}</Text>
          ) : (
            <ScrollTable label={t('consolidation.waiting')} minWidth={420} withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roadmap.province')}</Table.Th>
                  {themes.map(([id, name]) => (
                    <Table.Th key={id} lang={name.lang}>
                      {name.value}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {provinces.map(([code, name]) => (
                  <Table.Tr key={code}>
                    <Table.Th scope="row">{name}</Table.Th>
                    {themes.map(([id, theme]) => {
                      const count = countOf(id, code);
                      return (
                        <Table.Td key={id}>
                          {count > 0 ? (
                            <Button
                              size="compact-sm"
                              variant={themeId === id && provinceCode === code ? 'filled' : 'light'}
                              aria-label={t('consolidation.cellLabel', { count, province: name, theme: theme.value })}
                              onClick={() => {
                                setThemeId(id);
                                setProvinceCode(code);
                              }}
                            >
                              {count}
                            </Button>
                          ) : (
                            '–'
                          )}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
        </Card>

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="sm" component="section" aria-labelledby="queue-title">
              <Group justify="space-between" align="flex-end">
                <Title order={3} id="queue-title">
                  {t('consolidation.queue', { count: data?.consolidationQueue.totalCount ?? 0 })}
                </Title>
                <Button disabled={selected.length === 0} onClick={() => void navigate(`/hoja-de-ruta/nueva?aportes=${selected.join(',')}`)}>
                  {t('consolidation.promote', { count: selected.length })}
                </Button>
              </Group>
              <Group gap="xs">
                <Select
                  label={t('roadmap.theme')}
                  placeholder={t('roadmap.all')}
                  clearable
                  value={themeId}
                  onChange={setThemeId}
                  data={themes.map(([value, label]) => ({ value, label: label.value }))}
                />
                <Select
                  label={t('roadmap.province')}
                  placeholder={t('roadmap.all')}
                  clearable
                  searchable
                  value={provinceCode}
                  onChange={setProvinceCode}
                  data={provinces.map(([value, label]) => ({ value, label }))}
                />
              </Group>
              {data?.consolidationQueue.nodes.map((contribution) => (
                <Card key={contribution.id} withBorder padding="sm" component="article" aria-label={contribution.body.slice(0, 80)}>
                  <Group align="flex-start" wrap="nowrap" gap="sm">
                    <Checkbox
                      aria-label={t('consolidation.select', { text: contribution.body.slice(0, 60) })}
                      checked={selected.includes(contribution.id)}
                      onChange={() => toggle(contribution.id)}
                      mt={4}
                    />
                    <Stack gap={4} style={{ flex: 1 }}>
                      <Text size="sm" lang={CONTENT_LANG}>
                        {contribution.body}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`contributionType.${contribution.type}`)} · {contribution.province.name} ·{' '}
                        <Anchor
                          component={Link}
                          to={`/conversatorios/${contribution.conversatorio.id}`}
                          size="xs"
                          underline="always"
                          lang={CONTENT_LANG}
                        >
                          {contribution.conversatorio.title}
                        </Anchor>
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        style={{ alignSelf: 'flex-start' }}
                        onClick={() => setFocus(contribution.id)}
                      >
                        {t('consolidation.findSimilar')}
                      </Button>
                    </Stack>
                  </Group>
                </Card>
              ))}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Suggestions contributionId={focus} selected={selected} onLinked={() => void refetch()} />
          </Grid.Col>
        </Grid>
      </QueryState>
    </Stack>
  );
}

/** Look-alikes of one contribution: other contributions and action items, by text similarity. */
function Suggestions({ contributionId, selected, onLinked }: { contributionId: string | null; selected: string[]; onLinked: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SuggestionsQuery, { variables: { contributionId }, skip: !contributionId });
  const [link, { loading: linking }] = useMutation(LinkContributionsMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const suggestions = data?.consolidationSuggestions;
  const toLink = contributionId ? [...new Set([contributionId, ...selected])] : selected;
  return (
    <Card withBorder component="section" aria-labelledby="similar-title">
      <Stack gap="sm">
        <Title order={3} id="similar-title">
          {t('consolidation.similar')}
        </Title>
        {!contributionId && <Text c="dimmed">{t('consolidation.pickOne')}</Text>}
        {loading && <Text c="dimmed">{t('app.loading')}</Text>}
        {error && (
          <Alert color="red" role="alert">
            {t('app.loadError')}
          </Alert>
        )}
        {message && (
          <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        {suggestions && (
          <>
            <Title order={4}>{t('consolidation.similarItems')}</Title>
            {suggestions.actionItems.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('consolidation.none')}
              </Text>
            )}
            {suggestions.actionItems.map(({ actionItem, similarity }) => (
              // One item per block: the title wraps over the panel's width, the figure and the button go below it.
              <Stack key={actionItem.id} gap={4}>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/hoja-de-ruta/${actionItem.id}`} size="sm" lang={CONTENT_LANG}>
                    {actionItem.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {actionItem.leadProvince.name} · {t(`actionItemStatus.${actionItem.status}`)}
                  </Text>
                </Stack>
                <Group gap={4}>
                  <Badge variant="light" color="gray" c="dark">
                    {Math.round(similarity * 100)} %
                  </Badge>
                  <Button
                    size="compact-xs"
                    variant="light"
                    loading={linking}
                    onClick={async () => {
                      setMessage(null);
                      try {
                        await link({ variables: { id: actionItem.id, contributionIds: toLink } });
                        setMessage({ ok: true, text: t('consolidation.linked', { count: toLink.length, title: actionItem.title }) });
                        onLinked();
                      } catch (caught) {
                        setMessage({ ok: false, text: errorMessageOf(caught, t('app.loadError')) });
                      }
                    }}
                  >
                    {t('consolidation.linkHere')}
                  </Button>
                </Group>
              </Stack>
            ))}
            <Title order={4}>{t('consolidation.similarContributions')}</Title>
            {suggestions.contributions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('consolidation.none')}
              </Text>
            )}
            {suggestions.contributions.map(({ contribution, similarity }) => (
              <Stack key={contribution.id} gap={2}>
                <Text size="sm">
                  <span lang={CONTENT_LANG}>{contribution.body}</span>{' '}
                  <Badge variant="light" color="gray" c="dark">
                    {Math.round(similarity * 100)} %
                  </Badge>
                </Text>
                <Text size="xs" c="dimmed">
                  {contribution.province.name}
                  {contribution.actionItems.length > 0 &&
                    ` · ${t('consolidation.alreadyIn', { title: contribution.actionItems[0].title })}`}
                </Text>
              </Stack>
            ))}
          </>
        )}
      </Stack>
    </Card>
  );
}

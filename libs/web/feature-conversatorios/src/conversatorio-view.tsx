import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Badge, Grid, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ContributionType, SessionUser } from '@ruta/web-data-access';
import { formatDate, formatTime, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContributionCard } from './contribution-card.js';
import { ContributionForm, contributionTypes } from './contribution-form.js';
import { statusColors } from './conversatorio-list.js';
import { ContributionChangedSubscription, ContributionsQuery, ConversatorioQuery } from './operations.js';

/** A conversatorio: its context, the live board of contributions by kind, and the form to add one. */
export function ConversatorioView({ id, user }: { id: string; user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text, 300);
  const { data, loading, error, refetch } = useQuery(ConversatorioQuery, { variables: { id } });
  const filter = {
    conversatorioId: id,
    provinceCode: provinceCode ?? undefined,
    type: (type as ContributionType | null) ?? undefined,
    text: search || undefined,
  };
  const contributions = useQuery(ContributionsQuery, { variables: { filter, first: 100 }, fetchPolicy: 'cache-and-network' });
  // Any change announced for this conversatorio: read the board again, as this person may see it.
  useSubscription(ContributionChangedSubscription, { variables: { conversatorioId: id }, onData: () => void contributions.refetch() });

  const conversatorio = data?.conversatorio;
  const staff = user.role === 'ADMIN' || user.role === 'ANALYST';
  const canModerate = staff || (user.role === 'MODERATOR' && conversatorio?.moderator?.id === user.id);
  const participating = conversatorio?.provinces ?? [];
  const mine =
    user.role === 'TECHNICIAN' ? participating.filter((province) => province.code === user.province?.code) : staff ? participating : [];
  const nodes = contributions.data?.contributions.nodes ?? [];

  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {conversatorio && data && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Group gap="sm">
              <Badge color={statusColors[conversatorio.status]} variant="dot" tt="none">
                {t(`conversatorioStatus.${conversatorio.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {conversatorio.theme.name}
              </Text>
            </Group>
            <Title order={2}>{conversatorio.title}</Title>
            <Text size="sm" c="dimmed">
              {formatDate(conversatorio.startsAt.slice(0, 10), language)} · {formatTime(conversatorio.startsAt, language)}–
              {formatTime(conversatorio.endsAt, language)}
              {conversatorio.moderator && ` · ${t('conversatorios.moderator')}: ${conversatorio.moderator.displayName}`}
            </Text>
            {conversatorio.purpose && <Text>{conversatorio.purpose}</Text>}
            <Text size="sm">
              <Text span fw={600}>
                {t('conversatorios.provinces')}:
              </Text>{' '}
              {participating.map((province) => province.name).join(', ')}
            </Text>
          </Stack>

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="sm" component="section" aria-labelledby="board-title">
                <Group justify="space-between" align="flex-end">
                  <Title order={3} id="board-title">
                    {t('conversatorios.contributions')} ({contributions.data?.contributions.totalCount ?? 0})
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t('conversatorios.live')}
                  </Text>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    label={t('conversatorios.search')}
                    type="search"
                    value={text}
                    onChange={(event) => setText(event.currentTarget.value)}
                  />
                  <Select
                    label={t('conversatorios.province')}
                    placeholder={t('conversatorios.allProvinces')}
                    clearable
                    value={provinceCode}
                    onChange={setProvinceCode}
                    data={participating.map((province) => ({ value: province.code, label: province.name }))}
                  />
                  <Select
                    label={t('conversatorios.type')}
                    placeholder={t('conversatorios.allTypes')}
                    clearable
                    value={type}
                    onChange={setType}
                    data={contributionTypes.map((value) => ({ value, label: t(`contributionType.${value}`) }))}
                  />
                </SimpleGrid>
                {nodes.length === 0 && !contributions.loading && <Text c="dimmed">{t('conversatorios.empty')}</Text>}
                {contributionTypes
                  .filter((kind) => nodes.some((node) => node.type === kind))
                  .map((kind) => (
                    <Stack key={kind} gap="xs" component="section" aria-labelledby={`type-${kind}`}>
                      <Title order={4} id={`type-${kind}`}>
                        {t(`contributionType.${kind}`)}
                      </Title>
                      {nodes
                        .filter((node) => node.type === kind)
                        .map((node) => (
                          <ContributionCard key={node.id} contribution={node} canModerate={canModerate} />
                        ))}
                    </Stack>
                  ))}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              {conversatorio.status !== 'OPEN' ? (
                <Alert color="gray">{t('conversatorios.notOpen')}</Alert>
              ) : mine.length === 0 ? (
                <Alert color="gray">{t('conversatorios.cannotContribute')}</Alert>
              ) : (
                <ContributionForm
                  conversatorioId={id}
                  provinces={mine}
                  competencies={data.competencies}
                  sdgs={data.sdgs}
                  onSent={() => void contributions.refetch()}
                />
              )}
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryState>
  );
}

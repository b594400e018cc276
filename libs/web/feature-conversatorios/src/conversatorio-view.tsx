import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Badge, Button, Grid, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { errorMessageOf, useAbilities, type ContributionType, type ConversatorioStatus, type SessionUser } from '@ruta/web-data-access';
import { ConversatorioDocumentLink } from '@ruta/web-feature-documents';
import { CONTENT_LANG, formatDate, formatTime, Localized, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContributionCard } from './contribution-card.js';
import { ContributionForm, contributionTypes } from './contribution-form.js';
import { statusColors } from './conversatorio-list.js';
import { ContributionChangedSubscription, ContributionsQuery, ConversatorioQuery, MoveConversatorioMutation } from './operations.js';

const nextStatus: Record<ConversatorioStatus, ConversatorioStatus | null> = {
  PLANNED: 'OPEN',
  OPEN: 'CLOSED',
  CLOSED: 'CONSOLIDATED',
  CONSOLIDATED: null,
};

/** A conversatorio: its context, the live board of contributions by kind, and the form to add one. */
export function ConversatorioView({ id, user }: { id: string; user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [competencyKey, setCompetencyKey] = useState<string | null>(null);
  const [sdg, setSdg] = useState<string | null>(null);
  const [move, { loading: moving }] = useMutation(MoveConversatorioMutation);
  const [moveError, setMoveError] = useState<string | null>(null);
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
  const { contribute } = useAbilities();
  const participating = conversatorio?.provinces ?? [];
  // The provinces this person may contribute for here, now (none unless it is open).
  const contributeFor = conversatorio?.viewerCan?.contributeFor ?? [];
  const mine = participating.filter((province) => contributeFor.includes(province.code));
  const nodes = contributions.data?.contributions.nodes ?? [];
  const next = conversatorio ? nextStatus[conversatorio.status] : null;
  const moveForward = async () => {
    if (!conversatorio || !next) return;
    setMoveError(null);
    try {
      await move({ variables: { id, input: { status: next, expectedVersion: conversatorio.version } } });
      // Who may edit or add what follows the status: read the board again.
      void contributions.refetch();
    } catch (caught) {
      setMoveError(errorMessageOf(caught, t('app.loadError')));
      await refetch();
    }
  };

  const writes = conversatorio?.status === 'OPEN' && mine.length > 0;

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
                <Localized es={conversatorio.theme.name} en={conversatorio.theme.english.name} />
              </Text>
            </Group>
            <Title order={2} lang={CONTENT_LANG}>
              {conversatorio.title}
            </Title>
            <Text size="sm" c="dimmed">
              {formatDate(conversatorio.startsAt.slice(0, 10), language)} · {formatTime(conversatorio.startsAt, language)}–
              {formatTime(conversatorio.endsAt, language)}
              {conversatorio.moderator && ` · ${t('conversatorios.moderator')}: ${conversatorio.moderator.displayName}`}
            </Text>
            {conversatorio.purpose && <Text lang={CONTENT_LANG}>{conversatorio.purpose}</Text>}
            <Group gap="sm">
              <ConversatorioDocumentLink conversatorioId={conversatorio.id} />
            </Group>
            {conversatorio.viewerCan?.moveStatus && next && (
              <Group gap="sm">
                <Button size="xs" variant="light" loading={moving} onClick={() => void moveForward()}>
                  {t(`conversatorios.moveTo.${next}`)}
                </Button>
                {moveError && (
                  <Text size="sm" c="red.9" role="alert">
                    {moveError}
                  </Text>
                )}
              </Group>
            )}
            <Text size="sm">
              <Text span fw={600}>
                {t('conversatorios.provinces')}:
              </Text>{' '}
              {participating.map((province) => province.name).join(', ')}
            </Text>
          </Stack>

          <Grid gap="lg">
            {/* On a phone, whoever may write finds the form first, not below every filter and contribution. */}
            <Grid.Col span={{ base: 12, md: 8 }} order={{ base: writes ? 2 : 1, md: 1 }}>
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
                  <Select
                    label={t('conversatorios.competencies')}
                    placeholder={t('conversatorios.allCompetencies')}
                    clearable
                    value={competencyKey}
                    onChange={setCompetencyKey}
                    data={data.competencies.map((competency) => ({ value: competency.key, label: competency.name }))}
                  />
                  <Select
                    label={t('conversatorios.sdgs')}
                    placeholder={t('conversatorios.allSdgs')}
                    clearable
                    value={sdg}
                    onChange={setSdg}
                    data={data.sdgs.map((item) => ({ value: String(item.number), label: `${item.number}. ${item.name}` }))}
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
                          <ContributionCard key={node.id} contribution={node} />
                        ))}
                    </Stack>
                  ))}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }} order={{ base: writes ? 1 : 2, md: 2 }}>
              {conversatorio.status !== 'OPEN' ? (
                <Alert color="gray">{t('conversatorios.notOpen')}</Alert>
              ) : mine.length === 0 ? (
                <Alert color="gray">
                  {/* One who contributes for their own province (a technician's) is told why not here. */}
                  {contribute && user.province
                    ? t('conversatorios.provinceNotTakingPart', { province: user.province.name })
                    : t('conversatorios.cannotContribute')}
                </Alert>
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

import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { CONTENT_LANG, formatDate, formatTime, Localized, QueryState } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConversatoriosQuery } from './operations.js';

export const statusColors = { PLANNED: 'gray', OPEN: 'green', CLOSED: 'orange', CONSOLIDATED: 'congope' } as const;

/** Every conversatorio: theme, schedule, status and participating provinces. */
export function ConversatorioList() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const { data, loading, error, refetch } = useQuery(ConversatoriosQuery);
  return (
    <Stack gap="md">
      <Title order={2}>{t('conversatorios.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('conversatorios.intro')}
      </Text>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {data?.conversatorios.map((conversatorio) => (
            <Card key={conversatorio.id} withBorder component="article">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/conversatorios/${conversatorio.id}`} fw={700} lang={CONTENT_LANG}>
                    {conversatorio.title}
                  </Anchor>
                  <Badge color={statusColors[conversatorio.status]} variant="dot" tt="none" style={{ flexShrink: 0 }}>
                    {t(`conversatorioStatus.${conversatorio.status}`)}
                  </Badge>
                </Group>
                <Text size="sm">
                  <Localized es={conversatorio.theme.name} en={conversatorio.theme.english.name} />
                </Text>
                <Text size="sm" c="dimmed">
                  {formatDate(conversatorio.startsAt.slice(0, 10), language)} · {formatTime(conversatorio.startsAt, language)}–
                  {formatTime(conversatorio.endsAt, language)}
                </Text>
                <Text size="sm">{conversatorio.provinces.map((province) => province.name).join(', ')}</Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}

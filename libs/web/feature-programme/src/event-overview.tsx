import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { graphql } from '@ruta/web-data-access';
import { formatDate, formatDateRange, formatTime, Localized, QueryState, useLocalized } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const EventOverviewQuery = graphql(`
  query EventOverview {
    event {
      id
      name
      subtitle
      startsOn
      endsOn
      modality
      platform
      openingAt
      presentation
      objectives
      english {
        name
        subtitle
        presentation
        objectives
      }
      days {
        date
        opensAt
        closesAt
      }
      organizations {
        role
        organization {
          id
          name
          shortName
        }
      }
    }
    themes {
      id
      key
      name
      description
      english {
        name
        description
      }
      position
      sessions {
        id
      }
    }
  }
`);

/** The forum at a glance: what, when, how, who organises it, and its four themes. */
export function EventOverview() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EventOverviewQuery);
  const language = i18n.resolvedLanguage ?? 'es';
  const localize = useLocalized();
  const event = data?.event;
  const objectives = event && localize(event.objectives, event.english.objectives);

  return (
    <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
      {event && (
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2}>
              <Localized es={event.name} en={event.english.name} />
            </Title>
            <Text size="lg" c="dimmed">
              <Localized es={event.subtitle} en={event.english.subtitle} />
            </Text>
          </Stack>

          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Card withBorder>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {t('home.dates')}
              </Text>
              <Text fw={600}>{formatDateRange(event.startsOn, event.endsOn, language)}</Text>
              {event.openingAt && <Text size="sm">{t('home.opening', { time: formatTime(event.openingAt, language) })}</Text>}
            </Card>
            <Card withBorder>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {t('home.schedule')}
              </Text>
              {event.days.map((day) => (
                <Text key={day.date} size="sm">
                  {t('home.dayWindow', {
                    day: formatDate(day.date, language, 'short'),
                    opens: formatTime(day.opensAt, language),
                    closes: formatTime(day.closesAt, language),
                  })}
                </Text>
              ))}
            </Card>
            <Card withBorder>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {t('home.modality')}
              </Text>
              <Text fw={600}>{[event.modality, event.platform].filter(Boolean).join(' · ')}</Text>
            </Card>
          </SimpleGrid>

          <Text>
            <Localized es={event.presentation} en={event.english.presentation} />
          </Text>

          <Stack gap="xs">
            <Title order={3}>{t('home.organizers')}</Title>
            <Group gap="xs">
              {event.organizations.map(({ organization }) => (
                <Badge key={organization.id} size="lg" variant="light" color="congope" title={organization.name} tt="none">
                  {organization.shortName ?? organization.name}
                </Badge>
              ))}
            </Group>
          </Stack>

          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3}>{t('home.themes')}</Title>
              <Button component={Link} to="/agenda" variant="light" color="congope">
                {t('home.seeAgenda')}
              </Button>
            </Group>
            <Grid>
              {data.themes.map((theme) => (
                <Grid.Col key={theme.id} span={{ base: 12, sm: 6 }}>
                  <Card withBorder h="100%">
                    <Stack gap="xs">
                      <Anchor component={Link} to={`/agenda?tema=${theme.key}`} fw={700} size="lg">
                        {theme.position + 1}. <Localized es={theme.name} en={theme.english.name} />
                      </Anchor>
                      <Text size="sm">
                        <Localized es={theme.description} en={theme.english.description} />
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('home.sessionsCount', { count: theme.sessions.length })}
                      </Text>
                    </Stack>
                  </Card>
                </Grid.Col>
              ))}
            </Grid>
          </Stack>

          <Stack gap="xs">
            <Title order={3}>{t('home.objectives')}</Title>
            <List spacing="xs" lang={objectives?.lang}>
              {objectives?.value.map((objective) => (
                <List.Item key={objective}>{objective}</List.Item>
              ))}
            </List>
          </Stack>
        </Stack>
      )}
    </QueryState>
  );
}

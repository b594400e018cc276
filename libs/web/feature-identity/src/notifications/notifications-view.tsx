import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { errorMessageOf } from '@ruta/web-data-access';
import { formatDate, formatTime, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MarkNotificationsReadMutation, NotificationReceivedSubscription, NotificationsQuery } from './operations.js';

const PAGE = 30;

/** The person's notifications: unread first or all, each saying who did what and opening the thing; marked read one by one or all at once. */
export function NotificationsView() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<'unread' | 'all'>('unread');
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: PAGE, unreadOnly: filter === 'unread' },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(NotificationReceivedSubscription, { onData: () => void refetch() });
  const [mark, { loading: marking, error: markError }] = useMutation(MarkNotificationsReadMutation, {
    onCompleted: () => void refetch(),
    refetchQueries: ['UnreadNotificationCount'],
  });
  const page = data?.notifications;
  const when = (iso: string) => `${formatDate(iso.slice(0, 10), i18n.language, 'short')} · ${formatTime(iso, i18n.language)}`;

  return (
    <Stack gap="md">
      <Title order={2}>{t('nav.notifications')}</Title>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          aria-label={t('notificationsPage.show')}
          value={filter}
          onChange={(value) => setFilter(value as 'unread' | 'all')}
          data={[
            { value: 'unread', label: t('notificationsPage.unread') },
            { value: 'all', label: t('notificationsPage.all') },
          ]}
        />
        <Button
          variant="light"
          disabled={!data?.unreadNotificationCount}
          loading={marking}
          onClick={() => void mark({ variables: { ids: null } })}
        >
          {t('notificationsPage.markAllRead')}
        </Button>
      </Group>
      {markError && (
        <Text c="red.8" role="alert">
          {errorMessageOf(markError, t('errors.internal'))}
        </Text>
      )}
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {page && page.nodes.length === 0 ? (
          <Text c="dimmed">{filter === 'unread' ? t('notificationsPage.noneUnread') : t('notificationsPage.none')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {page?.nodes.map((notification) => (
              <Card key={notification.id} withBorder component="li" padding="sm">
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor
                        component={Link}
                        to={notification.link}
                        fw={600}
                        onClick={() => !notification.readAt && void mark({ variables: { ids: [notification.id] } })}
                      >
                        {notification.title}
                      </Anchor>
                      {!notification.readAt && (
                        <Badge size="sm" variant="light" c="dark" tt="none">
                          {t('notificationsPage.new')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm">{notification.body}</Text>
                    <Text size="xs" c="dimmed">
                      {when(notification.createdAt)}
                    </Text>
                  </Stack>
                  {!notification.readAt && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => void mark({ variables: { ids: [notification.id] } })}
                      aria-label={t('notificationsPage.markReadOf', { title: notification.title })}
                    >
                      {t('notificationsPage.markRead')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        )}
        {page?.pageInfo.hasNextPage && (
          <Button variant="default" onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}>
            {t('notificationsPage.more')}
          </Button>
        )}
      </QueryState>
    </Stack>
  );
}

import { useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useSession } from '@ruta/web-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationReceivedSubscription, UnreadNotificationCountQuery } from './operations.js';

/** The header's bell: how many notifications are unread, kept live; opens the notifications page. */
export function NotificationBell() {
  const { user } = useSession();
  if (!user) return null;
  return <SignedInBell />;
}

function SignedInBell() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationReceivedSubscription, { onData: () => void refetch() });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="red" offset={4}>
      <ActionIcon component={Link} to="/avisos" variant="subtle" size="lg" aria-label={t('notificationsPage.bell', { count })}>
        <IconBell size={22} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}

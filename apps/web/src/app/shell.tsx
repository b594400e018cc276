import { hasAccess, useAbilities } from '@ruta/web-data-access';
import { Group } from '@mantine/core';
import { AccountMenu, NotificationBell } from '@ruta/web-feature-identity';
import { AppLayout, LeaveGuardPrompt } from '@ruta/web-ui';
import { Outlet } from 'react-router';
import { navItems } from './nav-items.js';

export function Shell() {
  const abilities = useAbilities();
  return (
    <AppLayout
      navItems={navItems.filter((item) => hasAccess(abilities, item.ability))}
      account={
        <Group gap="xs" wrap="nowrap">
          <NotificationBell />
          <AccountMenu />
        </Group>
      }
    >
      <Outlet />
      <LeaveGuardPrompt />
    </AppLayout>
  );
}

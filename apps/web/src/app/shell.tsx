import { hasAccess, useSession } from '@ruta/web-data-access';
import { AccountMenu } from '@ruta/web-feature-identity';
import { AppLayout, LeaveGuardPrompt } from '@ruta/web-ui';
import { Outlet } from 'react-router';
import { navItems } from './nav-items.js';

export function Shell() {
  const { user } = useSession();
  return (
    <AppLayout navItems={navItems.filter((item) => hasAccess(user, item.access))} account={<AccountMenu />}>
      <Outlet />
      <LeaveGuardPrompt />
    </AppLayout>
  );
}

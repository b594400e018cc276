import { AppLayout } from '@ruta/web-ui';
import { Outlet } from 'react-router';
import { navItems } from './nav-items.js';

export function Shell() {
  return (
    <AppLayout navItems={navItems}>
      <Outlet />
    </AppLayout>
  );
}

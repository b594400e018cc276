import { IconCalendarEvent, IconHome, IconMap2 } from '@tabler/icons-react';
import type { NavItem } from '@ruta/web-ui';

/** What the navigation offers; later features add their entries here, by role. */
export const navItems: NavItem[] = [
  { to: '/', labelKey: 'nav.home', icon: <IconHome size={18} aria-hidden /> },
  { to: '/agenda', labelKey: 'nav.agenda', icon: <IconCalendarEvent size={18} aria-hidden /> },
  { to: '/provincias', labelKey: 'nav.provinces', icon: <IconMap2 size={18} aria-hidden /> },
];

import {
  IconBook,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCalendarCog,
  IconChartBar,
  IconFileText,
  IconHeartHandshake,
  IconHome,
  IconListCheck,
  IconMap2,
  IconMessages,
  IconSearch,
  IconStack2,
  IconUsers,
} from '@tabler/icons-react';
import type { Access } from '@ruta/web-data-access';
import type { NavItem } from '@ruta/web-ui';

/** What the navigation offers, and to whom (by what they may do); later features add their entries here. */
export const navItems: Array<NavItem & { ability: Access }> = [
  { to: '/', labelKey: 'nav.home', icon: <IconHome size={18} aria-hidden />, ability: 'anyone' },
  { to: '/agenda', labelKey: 'nav.agenda', icon: <IconCalendarEvent size={18} aria-hidden />, ability: 'anyone' },
  { to: '/provincias', labelKey: 'nav.provinces', icon: <IconMap2 size={18} aria-hidden />, ability: 'anyone' },
  { to: '/memoria', labelKey: 'nav.memoria', icon: <IconBook size={18} aria-hidden />, ability: 'anyone' },
  { to: '/conversatorios', labelKey: 'nav.conversatorios', icon: <IconMessages size={18} aria-hidden />, ability: 'signedIn' },
  { to: '/hoja-de-ruta', labelKey: 'nav.roadmap', icon: <IconListCheck size={18} aria-hidden />, ability: 'signedIn' },
  { to: '/documentos', labelKey: 'nav.documents', icon: <IconFileText size={18} aria-hidden />, ability: 'signedIn' },
  { to: '/tablero', labelKey: 'nav.dashboard', icon: <IconChartBar size={18} aria-hidden />, ability: 'signedIn' },
  { to: '/consolidacion', labelKey: 'nav.consolidation', icon: <IconStack2 size={18} aria-hidden />, ability: 'consolidateRoadmap' },
  {
    to: '/compromisos',
    labelKey: 'nav.commitments',
    icon: <IconHeartHandshake size={18} aria-hidden />,
    ability: 'reviewCommitments',
  },
  { to: '/buscar', labelKey: 'nav.search', icon: <IconSearch size={18} aria-hidden />, ability: 'signedIn' },
  { to: '/organizaciones', labelKey: 'nav.organizations', icon: <IconBuildingCommunity size={18} aria-hidden />, ability: 'signedIn' },
  { to: '/programa', labelKey: 'nav.programme', icon: <IconCalendarCog size={18} aria-hidden />, ability: 'manageProgramme' },
  { to: '/personas', labelKey: 'nav.people', icon: <IconUsers size={18} aria-hidden />, ability: 'listPeople' },
];

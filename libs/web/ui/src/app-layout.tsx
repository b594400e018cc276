import { Anchor, AppShell, Burger, Group, NavLink as MantineNavLink, SegmentedControl, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

export interface NavItem {
  to: string;
  labelKey: string;
  icon?: ReactNode;
}

interface AppLayoutProps {
  navItems: NavItem[];
  /** The header's right-hand corner, e.g. the account menu. */
  account?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: header with the language switch, navigation, and the main area. */
export function AppLayout({ navItems, account, children }: AppLayoutProps) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.openNavigation')} />
            <Anchor component={NavLink} to="/" underline="never" c="inherit">
              <Group gap={6} wrap="nowrap">
                <Title order={1} size="h3" c="congope.8">
                  {t('app.name')}
                </Title>
                <Text size="sm" c="dimmed" visibleFrom="md" lineClamp={1}>
                  {t('app.tagline')}
                </Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <VisuallyHidden id="language-label">{t('app.language')}</VisuallyHidden>
            <SegmentedControl
              size="xs"
              aria-labelledby="language-label"
              value={i18n.resolvedLanguage ?? 'es'}
              onChange={(language) => void i18n.changeLanguage(language)}
              data={[
                { value: 'es', label: 'ES' },
                { value: 'en', label: 'EN' },
              ]}
            />
            {account}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.name')}>
        {navItems.map((item) => (
          <MantineNavLink
            key={item.to}
            component={NavLink}
            to={item.to}
            label={t(item.labelKey)}
            leftSection={item.icon}
            active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}

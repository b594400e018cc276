import { Avatar, Button, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useAbilities, useSession } from '@ruta/web-data-access';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSignOut } from './use-sign-out.js';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((part) => /^\p{L}/u.test(part))
    .slice(0, 2)
    .map((part) => part[0])
    .join('')
    .toUpperCase();

/** The header's account corner: the person's name and role with a menu, or a sign-in button. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const abilities = useAbilities();
  const { signOut } = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();

  if (loading) return null;
  if (!user) {
    const next = location.pathname === '/ingresar' ? '' : `?volver=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <Button component={Link} to={`/ingresar${next}`} size="xs" variant="light">
        {t('auth.signIn')}
      </Button>
    );
  }
  // Whom the person works for: a technician's province; a partner's organisation (anyone else's is not their scope).
  const partnerOrganization = abilities.offerCommitments ? user.organization : null;
  const scope = user.province?.name ?? partnerOrganization?.shortName ?? partnerOrganization?.name;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by what it shows (the person and role), then what it is: an aria-label would hide the visible name. */}
        <UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" color="congope" radius="xl" aria-hidden>
              {initials(user.displayName)}
            </Avatar>
            <div>
              <Text size="sm" fw={600} lineClamp={1} visibleFrom="xs">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="xs" data-testid="current-role">
                {t(`role.${user.role}`)}
                {scope && ` · ${scope}`}
              </Text>
            </div>
            <VisuallyHidden>{t('auth.userMenu')}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label hiddenFrom="xs">
          {user.displayName} · {t(`role.${user.role}`)}
        </Menu.Label>
        <Menu.Item component={Link} to="/cuenta" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={async () => {
            await signOut();
            await navigate('/');
          }}
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

import { Alert } from '@mantine/core';
import { abilitiesOf, hasAccess, useSession, type Access, type SessionUser } from '@ruta/web-data-access';
import { QueryState } from '@ruta/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';

/**
 * Pages for some people only: an anonymous visitor is sent to sign in (and back afterwards);
 * someone signed in without the ability (`me.abilities`) is told so. The API enforces the same
 * rules on its own.
 */
export function RequireAccess({ ability, children }: { ability: Access; children: (user: SessionUser) => ReactNode }) {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <QueryState loading>{null}</QueryState>;
  if (!user) return <Navigate to={`/ingresar?volver=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!hasAccess(abilitiesOf(user), ability)) {
    return (
      <Alert color="red" role="alert" title={t('errors.forbidden')}>
        {null}
      </Alert>
    );
  }
  return <>{children(user)}</>;
}

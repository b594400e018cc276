import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyFieldErrors, graphql, type SessionUser } from '@ruta/web-data-access';
import { PasswordField } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignOut } from './use-sign-out.js';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** The signed-in person's own page: who they are, their password, their sessions. */
export function AccountView({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signOutEverywhere } = useSignOut();
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('errors.required')),
      newPassword: (value) => (value.length >= 10 ? null : t('errors.tooShort', { min: 10 })),
      confirm: (value, values) => (value === values.newPassword ? null : t('auth.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setStatus(null);
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      setStatus({ ok: true, text: t('auth.passwordChanged') });
    } catch (caught) {
      const message = applyFieldErrors(caught, form, t('app.loadError'));
      if (message) setStatus({ ok: false, text: message });
    }
  });

  return (
    <Stack gap="lg" maw={560}>
      <Stack gap={4}>
        <Title order={2}>{t('auth.accountTitle')}</Title>
        <Text>
          {user.displayName} · {user.email}
        </Text>
        <Text c="dimmed" size="sm">
          {t(`role.${user.role}`)}
          {user.province && ` · ${user.province.name}`}
          {user.organization && ` · ${user.organization.name}`}
        </Text>
      </Stack>

      <Card withBorder>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={3}>{t('auth.changePassword')}</Title>
            {status && (
              <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
                {status.text}
              </Alert>
            )}
            <input type="email" autoComplete="username" value={user.email} readOnly hidden />
            <PasswordField
              label={t('auth.currentPassword')}
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordField
              label={t('auth.newPassword')}
              description={t('auth.passwordHint')}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordField label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
            <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('auth.changePassword')}
            </Button>
          </Stack>
        </form>
      </Card>

      <Card withBorder>
        <Stack align="flex-start">
          <Title order={3}>{t('auth.sessionsTitle')}</Title>
          <Text size="sm">{t('auth.sessionsIntro')}</Text>
          <Button
            color="red"
            variant="light"
            onClick={async () => {
              await signOutEverywhere();
              await navigate('/ingresar');
            }}
          >
            {t('auth.signOutEverywhere')}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}

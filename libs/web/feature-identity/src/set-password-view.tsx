import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorMessageOf, fieldErrorsOf, graphql, switchSession } from '@ruta/web-data-access';
import { PasswordField, QueryState } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const PasswordLinkQuery = graphql(`
  query PasswordLinkInfo($token: String!) {
    passwordLink(token: $token) {
      kind
      email
      displayName
      expiresAt
    }
  }
`);

const SetPasswordMutation = graphql(`
  mutation SetPasswordWithLink($input: SetPasswordInput!) {
    setPasswordWithLink(input: $input) {
      user {
        id
      }
    }
  }
`);

/** The page an invitation or reset link opens: choose a password, then enter. */
export function SetPasswordView({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(PasswordLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [setPassword, { loading: saving }] = useMutation(SetPasswordMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) => (value.length >= 10 ? null : t('errors.tooShort', { min: 10 })),
      confirm: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await setPassword({ variables: { input: { token, password } } });
      await switchSession(client);
      onDone();
    } catch (caught) {
      const fields = fieldErrorsOf(caught);
      if (fields.password) form.setFieldError('password', fields.password);
      else setFailure(fields.token ?? errorMessageOf(caught, t('app.loadError')));
    }
  });

  const link = data?.passwordLink;
  return (
    <Paper withBorder p="lg" maw={480} w="100%">
      <Stack>
        <Title order={2}>{t('auth.setPasswordTitle')}</Title>
        <QueryState loading={loading} error={error}>
          {!link ? (
            <Alert color="red" role="alert">
              {t('auth.linkInvalid')}
            </Alert>
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack>
                <Text>
                  {t(link.kind === 'INVITATION' ? 'auth.setPasswordIntro' : 'auth.resetPasswordIntro', {
                    name: link.displayName,
                    email: link.email,
                  })}
                </Text>
                {failure && (
                  <Alert color="red" role="alert">
                    {failure}
                  </Alert>
                )}
                <input type="email" autoComplete="username" value={link.email} readOnly hidden />
                <PasswordField
                  label={t('auth.newPassword')}
                  description={t('auth.passwordHint')}
                  autoComplete="new-password"
                  required
                  {...form.getInputProps('password')}
                />
                <PasswordField label={t('auth.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
                <Button type="submit" loading={saving}>
                  {t('auth.savePassword')}
                </Button>
              </Stack>
            </form>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

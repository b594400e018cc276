import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { errorMessageOf, graphql, switchSession } from '@ruta/web-data-access';
import { PasswordField } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`);

interface SignInFormProps {
  /** Shown above the form, e.g. after the session expired. */
  notice?: string;
  onSignedIn: () => void;
}

/** Email and password; the API's message (wrong password, too many attempts) shown as it comes. */
export function SignInForm({ notice, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutation);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('errors.required')),
      password: (value) => (value ? null : t('errors.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await login({ variables: values });
      await switchSession(client);
      onSignedIn();
    } catch (caught) {
      setError(errorMessageOf(caught, t('app.loadError')));
    }
  });

  return (
    <Paper withBorder p="lg" maw={440} w="100%">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2}>{t('auth.signInTitle')}</Title>
          <Text size="sm" c="dimmed">
            {t('auth.signInIntro')}
          </Text>
          {notice && (
            <Alert color="yellow" role="status">
              {notice}
            </Alert>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label={t('auth.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordField label={t('auth.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={loading}>
            {t('auth.submit')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('auth.demoHint')}
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

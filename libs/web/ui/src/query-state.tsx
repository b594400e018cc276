import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface QueryStateProps {
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  /**
   * The record asked for does not exist or is not the reader's to see (the API's NOT_FOUND, or a
   * malformed id): said as such, with the way back instead of a retry that cannot help.
   */
  missing?: { back: { to: string; label: string } } | false;
  children: ReactNode;
}

/** Loading and error states shared by every page that reads from the API. */
export function QueryState({ loading, error, onRetry, missing, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error && missing) {
    return (
      <Alert color="gray" title={t('app.missingTitle')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('app.missingText')}</Text>
          <Anchor component={Link} to={missing.back.to} size="sm">
            ← {missing.back.label}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (error) {
    return (
      <Alert color="red" title={t('app.loadError')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{error instanceof Error ? error.message : null}</Text>
          {onRetry && (
            <Button variant="light" color="red" size="xs" onClick={onRetry}>
              {t('app.retry')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (loading) {
    return (
      <Center py="xl" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden />
        <Text ml="sm" size="sm" c="dimmed">
          {t('app.loading')}
        </Text>
      </Center>
    );
  }
  return <>{children}</>;
}

import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface QueryStateProps {
  loading: boolean;
  error?: unknown;
  onRetry?: () => void;
  children: ReactNode;
}

/** Loading and error states shared by every page that reads from the API. */
export function QueryState({ loading, error, onRetry, children }: QueryStateProps) {
  const { t } = useTranslation();
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

import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Says that an unsent draft was put back into the form, with a way to throw it away. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  if (!restored) return null;
  return (
    <Alert color="blue" role="status" p="xs">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('drafts.restored')}</Text>
        <Button size="compact-sm" variant="subtle" onClick={onDiscard}>
          {t('drafts.discard')}
        </Button>
      </Group>
    </Alert>
  );
}

/**
 * A visible "123 / 4000" under a long text field, as the field's description: screen readers read
 * it with the field (aria-describedby) rather than on every keystroke.
 */
export function characterCount(value: string, max: number, hint?: string) {
  const count = `${value.length} / ${max}`;
  return {
    description: hint ? `${hint} · ${count}` : count,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as Array<'label' | 'input' | 'description' | 'error'>,
  };
}

import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and save, at the foot of a form in a dialog. */
export function FormActions({ onCancel, saving }: { onCancel: () => void; saving: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('people.cancel')}
      </Button>
      <Button type="submit" loading={saving}>
        {t('people.save')}
      </Button>
    </Group>
  );
}

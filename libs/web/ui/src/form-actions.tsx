import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel and save, at the foot of a form (save submits it, unless `onSave` handles it). */
export function FormActions({ onCancel, saving, onSave }: { onCancel: () => void; saving: boolean; onSave?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('people.cancel')}
      </Button>
      <Button type={onSave ? 'button' : 'submit'} loading={saving} onClick={onSave}>
        {t('people.save')}
      </Button>
    </Group>
  );
}

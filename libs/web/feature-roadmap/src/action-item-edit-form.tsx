import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import {
  applyFieldErrors,
  errorCodeOf,
  errorMessageOf,
  type ActionItemDetailQuery,
  type RoadmapReferenceQuery,
} from '@ruta/web-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionItemFields, actionItemValuesOf, toActionItemInput, useActionItemForm } from './action-item-form.js';
import { UpdateActionItemMutation } from './operations/action-items.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;

/** Editing the item on the version shown; after a conflict, load the current one or keep the changes. */
export function EditForm({
  item,
  reference,
  canManage,
  onDone,
  onConflict,
}: {
  item: Item;
  reference: RoadmapReferenceQuery;
  /** CONGOPE: may move it to another lead province and name its focal point. */
  canManage: boolean;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const form = useActionItemForm(actionItemValuesOf(item));
  const [update, { loading }] = useMutation(UpdateActionItemMutation);
  const [version, setVersion] = useState(item.version);
  const [message, setMessage] = useState<{ conflict: boolean; text: string } | null>(null);
  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const { leadProvinceCode, ...input } = toActionItemInput(values);
    try {
      await update({
        variables: { id: item.id, input: { ...input, ...(canManage ? { leadProvinceCode } : {}), expectedVersion: version } },
      });
      onDone();
    } catch (caught) {
      if (errorCodeOf(caught) === 'VERSION_CONFLICT') {
        setMessage({ conflict: true, text: errorMessageOf(caught, t('app.loadError')) });
        onConflict();
      } else setMessage({ conflict: false, text: applyFieldErrors(caught, form, t('app.loadError')) ?? t('roadmap.fixFields') });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color={message.conflict ? 'orange' : 'red'} role="alert">
            <Stack gap="xs">
              <Text size="sm">{message.text}</Text>
              {message.conflict && (
                <>
                  <Text size="sm">
                    {t('roadmap.conflictCurrent', {
                      title: item.title,
                      status: t(`actionItemStatus.${item.status}`),
                      version: item.version,
                    })}
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        form.setValues(actionItemValuesOf(item));
                        setVersion(item.version);
                        setMessage(null);
                      }}
                    >
                      {t('roadmap.loadCurrent')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => {
                        setVersion(item.version);
                        setMessage(null);
                      }}
                    >
                      {t('roadmap.keepMine')}
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          </Alert>
        )}
        <ActionItemFields
          form={form}
          reference={reference}
          fixedProvinceCode={canManage ? null : item.leadProvince.code}
          canManage={canManage}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('people.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('people.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

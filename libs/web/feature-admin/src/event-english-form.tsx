import { useMutation } from '@apollo/client/react';
import { Alert, List, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyFieldErrors, type EventEnglishTextsFragment as EventTexts } from '@ruta/web-data-access';
import { CONTENT_LANG, FormActions } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgrammeAdminQuery, SetEventEnglishMutation } from './programme-operations.js';

type Field = keyof Omit<EventTexts, 'id' | 'english'>;

/**
 * The event's texts in the order the concept note gives them, with the limits the API sets: a
 * line, a longer text, or a list written one item per line.
 */
const fields: Array<{ field: Field; label: string; kind: 'line' | 'text' | 'list'; maxLength?: number }> = [
  { field: 'name', label: 'programmeAdmin.eventName', kind: 'line', maxLength: 200 },
  { field: 'subtitle', label: 'programmeAdmin.subtitle', kind: 'line', maxLength: 300 },
  { field: 'presentation', label: 'programmeAdmin.presentation', kind: 'text', maxLength: 5000 },
  { field: 'objectives', label: 'programmeAdmin.objectives', kind: 'list' },
  { field: 'specificObjectives', label: 'programmeAdmin.specificObjectives', kind: 'list' },
  { field: 'methodology', label: 'programmeAdmin.methodology', kind: 'text', maxLength: 5000 },
  { field: 'audience', label: 'programmeAdmin.audience', kind: 'list' },
];

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The forum's English texts, each beside its Spanish (which the concept note fixed and the seed
 * keeps). A blank field is saved as "not translated", and the English interface shows the Spanish.
 */
export function EventEnglishForm({ event, onClose }: { event: EventTexts; onClose: () => void }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SetEventEnglishMutation, { refetchQueries: [ProgrammeAdminQuery] });
  const [failure, setFailure] = useState<string | null>(null);
  const { english } = event;
  const form = useForm({
    initialValues: {
      name: english.name ?? '',
      subtitle: english.subtitle ?? '',
      presentation: english.presentation ?? '',
      objectives: (english.objectives ?? []).join('\n'),
      specificObjectives: (english.specificObjectives ?? []).join('\n'),
      methodology: english.methodology ?? '',
      audience: (english.audience ?? []).join('\n'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = {
      ...values,
      objectives: lines(values.objectives),
      specificObjectives: lines(values.specificObjectives),
      audience: lines(values.audience),
    };
    try {
      await save({ variables: { input } });
      onClose();
    } catch (caught) {
      setFailure(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('programmeAdmin.eventEnglishHelp')}
        </Text>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {fields.map((item) => {
          const label = t(item.label);
          const spanish = event[item.field];
          const inputProps = {
            label: t('programmeAdmin.englishOf', { field: label }),
            lang: 'en',
            maxLength: item.maxLength,
            ...form.getInputProps(item.field),
          };
          return (
            <SimpleGrid key={item.field} cols={{ base: 1, sm: 2 }}>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {label}
                </Text>
                {Array.isArray(spanish) ? (
                  <List size="sm" lang={CONTENT_LANG}>
                    {spanish.map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" lang={CONTENT_LANG}>
                    {spanish}
                  </Text>
                )}
              </Stack>
              {item.kind === 'line' ? (
                <TextInput {...inputProps} />
              ) : (
                <Textarea
                  autosize
                  minRows={3}
                  description={item.kind === 'list' ? t('programmeAdmin.onePerLine') : undefined}
                  {...inputProps}
                />
              )}
            </SimpleGrid>
          );
        })}
        <FormActions onCancel={onClose} saving={loading} />
      </Stack>
    </form>
  );
}

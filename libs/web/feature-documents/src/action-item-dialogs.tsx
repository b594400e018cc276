import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { applyFieldErrors, useAbilities } from '@ruta/web-data-access';
import { Dialog } from '@ruta/web-ui';
import { useForm } from '@mantine/form';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PickActionItemQuery, ProposeFromPassageMutation } from './operations.js';

/** Inserts an existing roadmap action item as a live block where the caret is. */
export function InsertActionItemDialog({ editor, opened, onClose }: { editor: Editor; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [search] = useDebouncedValue(text, 300);
  const [picked, setPicked] = useState<string | null>(null);
  const { data } = useQuery(PickActionItemQuery, { variables: { text: search || null }, skip: !opened });
  const insert = () => {
    if (!picked) return;
    editor.chain().focus().insertActionItem(picked).run();
    setPicked(null);
    onClose();
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('documents.insertActionItem')} size="lg">
      <Stack>
        <TextInput label={t('roadmap.search')} type="search" value={text} onChange={(event) => setText(event.currentTarget.value)} />
        <Select
          label={t('documents.whichActionItem')}
          searchable
          value={picked}
          onChange={setPicked}
          data={(data?.actionItems.nodes ?? []).map((item) => ({
            value: item.id,
            label: `${item.title} (${item.leadProvince.name}, ${t(`actionItemStatus.${item.status}`)})`,
          }))}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('people.cancel')}
          </Button>
          <Button disabled={!picked} onClick={insert}>
            {t('documents.insert')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}

/**
 * Turns the selected passage into a new proposed action item, prefilled from the passage, the
 * document's theme and the right province; the item's block goes in right after the passage.
 */
export function ProposeFromPassageDialog({
  editor,
  opened,
  onClose,
  themeId,
  provinces,
  passage,
}: {
  editor: Editor;
  opened: boolean;
  onClose: () => void;
  themeId: string | null;
  /** The selected passage when the dialog was opened, and where it ends. */
  passage: { text: string; to: number } | null;
  /** The provinces the item may be for (a technician: their own). */
  provinces: Array<{ code: string; name: string }>;
}) {
  const { t } = useTranslation();
  // A technician proposes for their own province only.
  const { proposalProvinceCode } = useAbilities();
  const [propose, { loading }] = useMutation(ProposeFromPassageMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    initialValues: { title: '', description: '', leadProvinceCode: null as string | null },
    validate: {
      title: (value) => (value.trim().length < 5 ? t('errors.tooShort', { min: 5 }) : null),
      leadProvinceCode: (value) => (value ? null : t('errors.required')),
    },
  });
  useEffect(() => {
    if (!opened || !passage) return;
    const text = passage.text;
    const firstSentence = text.split(/(?<=[.!?])\s/)[0] ?? text;
    form.setValues({
      title: firstSentence.length > 200 ? `${firstSentence.slice(0, 197).trimEnd()}…` : firstSentence,
      description: text,
      leadProvinceCode: proposalProvinceCode ?? (provinces.length === 1 ? provinces[0].code : null),
    });
    // Prefilled each time the dialog opens on a passage.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, passage]);
  const submit = form.onSubmit(async (values) => {
    if (!themeId) return;
    setMessage(null);
    try {
      const { data } = await propose({
        variables: { input: { title: values.title, description: values.description, themeId, leadProvinceCode: values.leadProvinceCode! } },
      });
      if (data && passage) {
        // Right after the block the passage ends in.
        const end = editor.state.doc.resolve(Math.min(passage.to, editor.state.doc.content.size));
        const at = end.depth >= 1 ? end.after(1) : end.pos;
        editor
          .chain()
          .focus()
          .insertContentAt(at, { type: 'actionItem', attrs: { actionItemId: data.proposeActionItem.id } })
          .run();
      }
      onClose();
    } catch (caught) {
      setMessage(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });
  return (
    <Dialog opened={opened} onClose={onClose} title={t('documents.proposeFromPassage')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('documents.proposeFromPassageHelp')}
          </Text>
          {message && (
            <Alert color="red" role="alert">
              {message}
            </Alert>
          )}
          <TextInput label={t('roadmap.fields.title')} required maxLength={200} {...form.getInputProps('title')} />
          <Textarea
            label={t('roadmap.fields.description')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
            {...form.getInputProps('description')}
          />
          <Select
            label={t('roadmap.fields.leadProvinceCode')}
            required
            disabled={proposalProvinceCode !== null}
            data={provinces.map((province) => ({ value: province.code, label: province.name }))}
            {...form.getInputProps('leadProvinceCode')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('people.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!themeId}>
              {t('roadmap.submitProposal')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

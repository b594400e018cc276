import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFormDraft } from '@ruta/web-data-access';
import { characterCount, DraftNotice, useLeaveGuard } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';

/** Accepting or declining a commitment; declining needs a reason. The comment is kept as a draft. */
export function CommitmentReviewForm({
  commitmentId,
  decision,
  saving,
  error,
  onCancel,
  onSubmit,
  onDone,
}: {
  commitmentId: string;
  decision: 'ACCEPTED' | 'DECLINED';
  saving: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (comment: string) => Promise<boolean>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { comment: '' },
    validate: {
      comment: (value) => (decision === 'DECLINED' && !value.trim() ? t('errors.required') : null),
    },
  });
  const draft = useFormDraft(`commitment-review:${commitmentId}`, form);
  const guard = useLeaveGuard(draft.dirty);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async ({ comment }) => {
        if (!(await onSubmit(comment))) return;
        draft.clear();
        guard.release();
        onDone();
      })}
    >
      <Stack>
        <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
        <Textarea
          label={t('roadmap.reviewComment')}
          withAsterisk={decision === 'DECLINED'}
          autosize
          minRows={3}
          maxLength={2000}
          {...characterCount(form.values.comment, 2000, decision === 'DECLINED' ? t('roadmap.declineNeedsReason') : undefined)}
          {...form.getInputProps('comment')}
        />
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('people.cancel')}
          </Button>
          <Button type="submit" loading={saving} color={decision === 'DECLINED' ? 'red' : undefined}>
            {decision === 'DECLINED' ? t('roadmap.confirmDecline') : t('roadmap.confirmAccept')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

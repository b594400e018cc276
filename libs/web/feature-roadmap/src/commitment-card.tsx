import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { errorMessageOf, type ActionItemDetailQuery } from '@ruta/web-data-access';
import { CONTENT_LANG, Dialog, formatMoney } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitmentReviewForm } from './commitment-review-form.js';
import { FulfillCommitmentMutation, ReviewCommitmentMutation, WithdrawCommitmentMutation } from './operations/commitments.js';
import { CommitmentStatusBadge } from './status-badge.js';

type Commitment = NonNullable<ActionItemDetailQuery['actionItem']>['commitments'][number];

/** One commitment: who supports the item with what, its review, and what the reader may do with it. */
export function CommitmentCard({ commitment, onChanged }: { commitment: Commitment; onChanged: () => void }) {
  const { t } = useTranslation();
  const [review, { loading: reviewing }] = useMutation(ReviewCommitmentMutation);
  const [fulfill, { loading: fulfilling }] = useMutation(FulfillCommitmentMutation);
  const [withdraw] = useMutation(WithdrawCommitmentMutation);
  const [deciding, setDeciding] = useState<'ACCEPTED' | 'DECLINED' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      onChanged();
      return true;
    } catch (caught) {
      setError(errorMessageOf(caught, t('app.loadError')));
      onChanged();
      return false;
    }
  };
  // What the reader may do with it now (its status and which side they are on), as the server says.
  const { review: mayReview, withdraw: mayWithdraw, fulfill: mayFulfill } = commitment.viewerCan ?? {};
  const name = commitment.organization.shortName ?? commitment.organization.name;

  return (
    <Card withBorder padding="sm" component="article" aria-label={t('roadmap.commitmentOf', { organization: name })}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700}>
            {name} · {t(`commitmentKind.${commitment.kind}`)}
          </Text>
          <CommitmentStatusBadge status={commitment.status} />
        </Group>
        <Text size="sm" lang={CONTENT_LANG}>
          {commitment.description}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`commitmentDirection.${commitment.direction}`)}
          {commitment.modality && ` · ${commitment.modality.name}`}
          {commitment.amount !== null && commitment.currency && ` · ${formatMoney(commitment.amount, commitment.currency)}`}
        </Text>
        {commitment.reviewComment && (
          <Text size="sm">
            <Text span fw={600}>
              {t('roadmap.reviewComment')}:
            </Text>{' '}
            <span lang={CONTENT_LANG}>{commitment.reviewComment}</span>
            {commitment.reviewedBy && ` (${commitment.reviewedBy.displayName})`}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        )}
        {(mayReview || mayFulfill || mayWithdraw) && (
          <Group gap="xs">
            {mayReview && (
              <>
                <Button size="xs" onClick={() => setDeciding('ACCEPTED')}>
                  {t('roadmap.accept')}
                </Button>
                <Button size="xs" variant="light" color="red" onClick={() => setDeciding('DECLINED')}>
                  {t('roadmap.decline')}
                </Button>
              </>
            )}
            {mayFulfill && (
              <Button
                size="xs"
                variant="light"
                loading={fulfilling}
                onClick={() => void run(() => fulfill({ variables: { id: commitment.id, expectedVersion: commitment.version } }))}
              >
                {t('roadmap.markFulfilled')}
              </Button>
            )}
            {mayWithdraw && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => void run(() => withdraw({ variables: { id: commitment.id, expectedVersion: commitment.version } }))}
              >
                {t('roadmap.withdraw')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Dialog
        opened={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding === 'DECLINED' ? t('roadmap.decline') : t('roadmap.accept')}
      >
        {deciding && (
          <CommitmentReviewForm
            commitmentId={commitment.id}
            decision={deciding}
            saving={reviewing}
            error={error}
            onCancel={() => setDeciding(null)}
            onSubmit={(comment) =>
              run(() =>
                review({
                  variables: { id: commitment.id, expectedVersion: commitment.version, decision: deciding, comment: comment || null },
                }),
              )
            }
            onDone={() => setDeciding(null)}
          />
        )}
      </Dialog>
    </Card>
  );
}

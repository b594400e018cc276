import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, NumberInput, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { currencies } from '@ruta/shared-domain';
import {
  applyFieldErrors,
  errorMessageOf,
  type ActionItemDetailQuery,
  type CommitmentKind,
  type RoadmapReferenceQuery,
  type SessionUser,
  isStaff,
  useFormDraft,
} from '@ruta/web-data-access';
import { characterCount, CONTENT_LANG, Dialog, DraftNotice, formatMoney, moneyInputProps, useLeaveGuard } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FulfillCommitmentMutation,
  OfferCommitmentMutation,
  RequestCommitmentMutation,
  ReviewCommitmentMutation,
  WithdrawCommitmentMutation,
} from './operations.js';
import { CommitmentStatusBadge } from './status-badge.js';

type Item = NonNullable<ActionItemDetailQuery['actionItem']>;
type Commitment = Item['commitments'][number];

export const commitmentKinds: CommitmentKind[] = [
  'TECHNICAL_ASSISTANCE',
  'NON_REIMBURSABLE_FINANCING',
  'TRAINING',
  'EXCHANGE_OF_EXPERIENCES',
  'EQUIPMENT',
  'OTHER',
];

const partnerKinds = new Set(['COOPERATION_AGENCY', 'INTERNATIONAL_NETWORK', 'MINISTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'OTHER']);

/**
 * The item's support that the reader does not see as commitments (another partner's): kind and
 * status only, as the API gives it to everyone who sees the item.
 */
function supportBeyond(item: Item): Item['support'] {
  return item.support.flatMap((figure) => {
    const seen = item.commitments.filter((commitment) => commitment.kind === figure.kind && commitment.status === figure.status).length;
    return figure.count > seen ? [{ ...figure, count: figure.count - seen }] : [];
  });
}

/** An item's commitments: who supports it with what, their review, and the forms to ask or offer. */
export function CommitmentsPanel({
  item,
  user,
  reference,
  onChanged,
}: {
  item: Item;
  user: SessionUser;
  reference: RoadmapReferenceQuery;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const staff = isStaff(user);
  const open = !item.mergedInto && item.status !== 'DONE' && item.status !== 'CANCELLED';
  const [asking, setAsking] = useState(false);
  const others = supportBeyond(item);
  return (
    <Stack gap="sm" component="section" aria-labelledby="commitments-title">
      <Group justify="space-between">
        <Title order={3} id="commitments-title">
          {t('roadmap.commitments')}
        </Title>
        {open && (staff || (user.role === 'PARTNER' && user.organization)) && (
          <Button size="xs" variant="light" onClick={() => setAsking(true)}>
            {staff ? t('roadmap.requestCommitment') : t('roadmap.offerCommitment')}
          </Button>
        )}
      </Group>
      {item.commitments.length === 0 && others.length === 0 && <Text c="dimmed">{t('roadmap.noCommitments')}</Text>}
      {item.commitments.map((commitment) => (
        <CommitmentCard key={commitment.id} commitment={commitment} user={user} onChanged={onChanged} />
      ))}
      {others.length > 0 && (
        <Text size="sm">
          {t('roadmap.supportOthers')}{' '}
          {others
            .map(
              ({ kind, status, count }) =>
                `${t(`commitmentKind.${kind}`)}${count > 1 ? ` ×${count}` : ''} (${t(`commitmentStatus.${status}`)})`,
            )
            .join(' · ')}
        </Text>
      )}
      <Dialog
        opened={asking}
        onClose={() => setAsking(false)}
        title={staff ? t('roadmap.requestCommitment') : t('roadmap.offerCommitment')}
        size="lg"
      >
        <CommitmentForm
          itemId={item.id}
          staff={staff}
          user={user}
          organizations={reference.organizations.filter((organization) => partnerKinds.has(organization.kind))}
          modalities={reference.cooperationModalities}
          onDone={() => {
            setAsking(false);
            onChanged();
          }}
        />
      </Dialog>
    </Stack>
  );
}

export function CommitmentCard({ commitment, user, onChanged }: { commitment: Commitment; user: SessionUser; onChanged: () => void }) {
  const { t } = useTranslation();
  const staff = isStaff(user);
  const ownPartner = user.role === 'PARTNER' && user.organization?.id === commitment.organization.id;
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
  const mayWithdraw = commitment.status === 'PROPOSED' && (commitment.direction === 'REQUEST' ? staff : ownPartner);
  const mayFulfill = commitment.status === 'ACCEPTED' && (staff || ownPartner);
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
        {(commitment.awaitingMyReview || mayFulfill || mayWithdraw) && (
          <Group gap="xs">
            {commitment.awaitingMyReview && (
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
          <ReviewForm
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

/** Accepting or declining a commitment; declining needs a reason. The comment is kept as a draft. */
function ReviewForm({
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

function CommitmentForm({
  itemId,
  staff,
  user,
  organizations,
  modalities,
  onDone,
}: {
  itemId: string;
  staff: boolean;
  user: SessionUser;
  organizations: RoadmapReferenceQuery['organizations'];
  modalities: RoadmapReferenceQuery['cooperationModalities'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [request, { loading: requesting }] = useMutation(RequestCommitmentMutation);
  const [offer, { loading: offering }] = useMutation(OfferCommitmentMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      organizationId: staff ? (null as string | null) : (user.organization?.id ?? null),
      kind: 'TECHNICAL_ASSISTANCE' as CommitmentKind,
      modalityKey: null as string | null,
      description: '',
      amount: '' as number | string,
      currency: 'USD' as string | null,
    },
    validate: {
      organizationId: (value) => (value ? null : t('errors.required')),
      description: (value) => (value.trim() ? null : t('errors.required')),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const hasAmount = values.amount !== '' && values.amount !== null;
    const input = {
      actionItemId: itemId,
      organizationId: values.organizationId!,
      kind: values.kind,
      modalityKey: values.modalityKey,
      description: values.description,
      amount: hasAmount ? Number(values.amount) : null,
      currency: hasAmount ? values.currency : null,
    };
    try {
      await (staff ? request({ variables: { input } }) : offer({ variables: { input } }));
      form.reset();
      onDone();
    } catch (caught) {
      setMessage(applyFieldErrors(caught, form, t('app.loadError')));
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <Select
          label={t('roadmap.partner')}
          required
          searchable
          disabled={!staff}
          data={(staff ? organizations : organizations.filter((organization) => organization.id === user.organization?.id)).map(
            (organization) => ({
              value: organization.id,
              label: organization.shortName ? `${organization.shortName} — ${organization.name}` : organization.name,
            }),
          )}
          {...form.getInputProps('organizationId')}
        />
        <Select
          label={t('roadmap.commitmentKind')}
          allowDeselect={false}
          data={commitmentKinds.map((kind) => ({ value: kind, label: t(`commitmentKind.${kind}`) }))}
          {...form.getInputProps('kind')}
        />
        <Select
          label={t('roadmap.modality')}
          clearable
          data={modalities.map((modality) => ({ value: modality.key, label: modality.name }))}
          {...form.getInputProps('modalityKey')}
        />
        <Textarea
          label={t('roadmap.commitmentDescription')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps('description')}
        />
        <Group grow align="flex-start">
          <NumberInput label={t('roadmap.amount')} {...moneyInputProps} {...form.getInputProps('amount')} />
          <Select
            label={t('roadmap.currency')}
            allowDeselect={false}
            data={currencies.map((currency) => currency)}
            {...form.getInputProps('currency')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('people.cancel')}
          </Button>
          <Button type="submit" loading={requesting || offering}>
            {staff ? t('roadmap.sendRequest') : t('roadmap.sendOffer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { currencies } from '@ruta/shared-domain';
import {
  applyFieldErrors,
  type CommitmentDirection,
  type CommitmentKind,
  type RoadmapReferenceQuery,
  type SessionUser,
} from '@ruta/web-data-access';
import { moneyInputProps } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferCommitmentMutation, RequestCommitmentMutation } from './operations/commitments.js';

export const commitmentKinds: CommitmentKind[] = [
  'TECHNICAL_ASSISTANCE',
  'NON_REIMBURSABLE_FINANCING',
  'TRAINING',
  'EXCHANGE_OF_EXPERIENCES',
  'EQUIPMENT',
  'OTHER',
];

/** Asking a partner for a commitment (CONGOPE, a REQUEST) or offering one (the partner itself, an OFFER, for its own organisation). */
export function CommitmentForm({
  itemId,
  direction,
  user,
  organizations,
  modalities,
  onDone,
}: {
  itemId: string;
  direction: CommitmentDirection;
  user: SessionUser;
  organizations: RoadmapReferenceQuery['organizations'];
  modalities: RoadmapReferenceQuery['cooperationModalities'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const requesting = direction === 'REQUEST';
  const [request, { loading: sendingRequest }] = useMutation(RequestCommitmentMutation);
  const [offer, { loading: offering }] = useMutation(OfferCommitmentMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      organizationId: requesting ? (null as string | null) : (user.organization?.id ?? null),
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
      await (requesting ? request({ variables: { input } }) : offer({ variables: { input } }));
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
          disabled={!requesting}
          data={(requesting ? organizations : organizations.filter((organization) => organization.id === user.organization?.id)).map(
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
          <Button type="submit" loading={sendingRequest || offering}>
            {requesting ? t('roadmap.sendRequest') : t('roadmap.sendOffer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

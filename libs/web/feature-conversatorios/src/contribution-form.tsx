import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, MultiSelect, Select, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyFieldErrors, useFormDraft, type ContributionType } from '@ruta/web-data-access';
import { characterCount, DraftNotice, useLeaveGuard } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateContributionMutation } from './operations.js';

export const contributionTypes: ContributionType[] = ['IDEA', 'PROPOSAL', 'AGREEMENT', 'NEED', 'QUESTION', 'RISK'];

interface ContributionFormProps {
  conversatorioId: string;
  /** The provinces the person may contribute for (a technician: their own). */
  provinces: Array<{ code: string; name: string }>;
  competencies: Array<{ key: string; name: string }>;
  sdgs: Array<{ number: number; name: string }>;
  onSent: () => void;
}

/** A new contribution: kind, text, province, and COOTAD competency and SDG tags. */
export function ContributionForm({ conversatorioId, provinces, competencies, sdgs, onSent }: ContributionFormProps) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CreateContributionMutation);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm({
    initialValues: {
      type: 'PROPOSAL' as ContributionType,
      body: '',
      provinceCode: provinces.length === 1 ? provinces[0].code : (null as string | null),
      competencyKeys: [] as string[],
      sdgNumbers: [] as string[],
    },
    validate: {
      body: (value) => (value.trim() ? (value.length > 4000 ? t('errors.tooLong', { max: 4000 }) : null) : t('errors.required')),
      provinceCode: (value) => (value ? null : t('errors.required')),
    },
  });

  const draft = useFormDraft(`contribution:${conversatorioId}`, form);
  useLeaveGuard(draft.dirty);

  const submit = form.onSubmit(async (values) => {
    setStatus(null);
    try {
      await create({
        variables: {
          input: {
            conversatorioId,
            provinceCode: values.provinceCode!,
            type: values.type,
            body: values.body,
            competencyKeys: values.competencyKeys,
            sdgNumbers: values.sdgNumbers.map(Number),
          },
        },
      });
      draft.clear();
      setStatus({ ok: true, text: t('conversatorios.sent') });
      onSent();
    } catch (caught) {
      const message = applyFieldErrors(caught, form, t('app.loadError'));
      if (message) setStatus({ ok: false, text: message });
    }
  });

  return (
    <Card withBorder component="section" aria-labelledby="new-contribution">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="new-contribution">
            {t('conversatorios.add')}
          </Title>
          <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
          {status && (
            <Alert color={status.ok ? 'green' : 'red'} role={status.ok ? 'status' : 'alert'}>
              {status.text}
            </Alert>
          )}
          <Select
            label={t('conversatorios.type')}
            allowDeselect={false}
            data={contributionTypes.map((value) => ({ value, label: t(`contributionType.${value}`) }))}
            {...form.getInputProps('type')}
          />
          <Textarea
            label={t('conversatorios.body')}
            {...characterCount(form.values.body, 4000, t('conversatorios.bodyHint'))}
            autosize
            minRows={3}
            maxRows={10}
            required
            {...form.getInputProps('body')}
          />
          <Select
            label={t('conversatorios.province')}
            required
            disabled={provinces.length === 1}
            data={provinces.map((province) => ({ value: province.code, label: province.name }))}
            {...form.getInputProps('provinceCode')}
          />
          <MultiSelect
            label={t('conversatorios.competencies')}
            searchable
            data={competencies.map((competency) => ({ value: competency.key, label: competency.name }))}
            {...form.getInputProps('competencyKeys')}
          />
          <MultiSelect
            label={t('conversatorios.sdgs')}
            searchable
            data={sdgs.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number}. ${sdg.name}` }))}
            {...form.getInputProps('sdgNumbers')}
          />
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            {t('conversatorios.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

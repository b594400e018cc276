import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { isCongopeRole } from '@ruta/shared-domain';
import type { ActionItemDetailQuery, Priority, RoadmapReferenceQuery } from '@ruta/web-data-access';
import { characterCount, moneyInputProps, useLocalized } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { FocalPointsQuery } from './operations/people.js';
import { priorities } from './roadmap-filters.js';

export interface IndicatorValues {
  name: string;
  unit: string;
  baseline: number | string;
  target: number | string;
  current: number | string;
}

export interface ActionItemValues {
  title: string;
  description: string;
  themeId: string | null;
  leadProvinceCode: string | null;
  coProvinceCodes: string[];
  competencyKey: string | null;
  responsibleOrganizationId: string | null;
  focalPointId: string | null;
  priority: Priority;
  startDate: string;
  dueDate: string;
  budgetUsd: number | string;
  sdgNumbers: string[];
  indicators: IndicatorValues[];
}

export const emptyActionItem: ActionItemValues = {
  title: '',
  description: '',
  themeId: null,
  leadProvinceCode: null,
  coProvinceCodes: [],
  competencyKey: null,
  responsibleOrganizationId: null,
  focalPointId: null,
  priority: 'MEDIUM',
  startDate: '',
  dueDate: '',
  budgetUsd: '',
  sdgNumbers: [],
  indicators: [],
};

const numberOrNull = (value: number | string) => (value === '' || value === null ? null : Number(value));

/** The API input for the form's values (empty fields as null). */
export function toActionItemInput(values: ActionItemValues) {
  return {
    title: values.title,
    description: values.description,
    themeId: values.themeId!,
    leadProvinceCode: values.leadProvinceCode!,
    coProvinceCodes: values.coProvinceCodes,
    competencyKey: values.competencyKey,
    responsibleOrganizationId: values.responsibleOrganizationId,
    focalPointId: values.focalPointId,
    priority: values.priority,
    startDate: values.startDate || null,
    dueDate: values.dueDate || null,
    budgetUsd: numberOrNull(values.budgetUsd),
    sdgNumbers: values.sdgNumbers.map(Number),
    indicators: values.indicators.map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit || null,
      baseline: numberOrNull(indicator.baseline),
      target: numberOrNull(indicator.target),
      current: numberOrNull(indicator.current),
    })),
  };
}

/** The form's values for an item as the API gives it (the edit form's starting point). */
export function actionItemValuesOf(item: NonNullable<ActionItemDetailQuery['actionItem']>): ActionItemValues {
  return {
    title: item.title,
    description: item.description,
    themeId: item.theme.id,
    leadProvinceCode: item.leadProvince.code,
    coProvinceCodes: item.coProvinces.map((province) => province.code),
    competencyKey: item.competency?.key ?? null,
    responsibleOrganizationId: item.responsibleOrganization?.id ?? null,
    focalPointId: item.focalPoint?.id ?? null,
    priority: item.priority,
    startDate: item.startDate ?? '',
    dueDate: item.dueDate ?? '',
    budgetUsd: item.budgetUsd ?? '',
    sdgNumbers: item.sdgs.map((sdg) => String(sdg.number)),
    indicators: item.indicators.map((indicator) => ({
      name: indicator.name,
      unit: indicator.unit ?? '',
      baseline: indicator.baseline ?? '',
      target: indicator.target ?? '',
      current: indicator.current ?? '',
    })),
  };
}

export type ActionItemForm = ReturnType<typeof useActionItemForm>;

export function useActionItemForm(initialValues: ActionItemValues) {
  const { t } = useTranslation();
  return useForm<ActionItemValues>({
    initialValues,
    validate: {
      title: (value) =>
        value.trim().length < 5 ? t('errors.tooShort', { min: 5 }) : value.length > 200 ? t('errors.tooLong', { max: 200 }) : null,
      themeId: (value) => (value ? null : t('errors.required')),
      leadProvinceCode: (value) => (value ? null : t('errors.required')),
      budgetUsd: (value) => (value !== '' && value !== null && Number(value) < 0 ? t('errors.tooSmall', { min: 0 }) : null),
      dueDate: (value, values) => (value && values.startDate && value < values.startDate ? t('errors.endsBeforeStart') : null),
    },
  });
}

interface ActionItemFieldsProps {
  form: ActionItemForm;
  reference: RoadmapReferenceQuery;
  /** The lead province, when the person may not choose it (a technician's own). */
  fixedProvinceCode?: string | null;
  /** CONGOPE: names the focal point among its own people. */
  canManage: boolean;
}

/** Every field of an action item, shared by the proposal page and the edit dialog. */
export function ActionItemFields({ form, reference, fixedProvinceCode, canManage }: ActionItemFieldsProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const focalPoints = useQuery(FocalPointsQuery, { skip: !canManage });
  const provinces = reference.provinces.map((province) => ({ value: province.code, label: province.name }));
  const lead = form.values.leadProvinceCode;
  return (
    <Stack gap="sm">
      <TextInput label={t('roadmap.fields.title')} required maxLength={200} {...form.getInputProps('title')} />
      <Textarea
        label={t('roadmap.fields.description')}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={5000}
        {...characterCount(form.values.description, 5000)}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('roadmap.fields.themeId')}
          required
          data={reference.themes.map((theme) => ({ value: theme.id, label: localize(theme.name, theme.english.name).value }))}
          {...form.getInputProps('themeId')}
        />
        <Select
          label={t('roadmap.fields.competencyKey')}
          clearable
          data={reference.competencies.map((competency) => ({ value: competency.key, label: competency.name }))}
          {...form.getInputProps('competencyKey')}
        />
        <Select
          label={t('roadmap.fields.leadProvinceCode')}
          required
          searchable
          disabled={Boolean(fixedProvinceCode)}
          data={provinces}
          {...form.getInputProps('leadProvinceCode')}
        />
        <MultiSelect
          label={t('roadmap.fields.coProvinceCodes')}
          searchable
          data={provinces.filter((province) => province.value !== lead)}
          {...form.getInputProps('coProvinceCodes')}
        />
        <Select
          label={t('roadmap.fields.responsibleOrganizationId')}
          clearable
          searchable
          // Sorted by what the list shows (the short name when there is one), not by the full name behind it.
          data={reference.organizations
            .map((organization) => ({ value: organization.id, label: organization.shortName ?? organization.name }))
            .sort((a, b) => a.label.localeCompare(b.label, 'es'))}
          {...form.getInputProps('responsibleOrganizationId')}
        />
        {canManage && (
          <Select
            label={t('roadmap.fields.focalPointId')}
            clearable
            data={(focalPoints.data?.users ?? [])
              .filter((person) => !person.disabled && isCongopeRole(person.role))
              .map((person) => ({ value: person.id, label: person.displayName }))}
            {...form.getInputProps('focalPointId')}
          />
        )}
        <Select
          label={t('roadmap.fields.priority')}
          allowDeselect={false}
          data={priorities.map((priority) => ({ value: priority, label: t(`priority.${priority}`) }))}
          {...form.getInputProps('priority')}
        />
        <NumberInput label={t('roadmap.fields.budgetUsd')} {...moneyInputProps} prefix="$ " {...form.getInputProps('budgetUsd')} />
        <TextInput type="date" label={t('roadmap.fields.startDate')} {...form.getInputProps('startDate')} />
        <TextInput type="date" label={t('roadmap.fields.dueDate')} {...form.getInputProps('dueDate')} />
      </SimpleGrid>
      <MultiSelect
        label={t('roadmap.fields.sdgNumbers')}
        searchable
        data={reference.sdgs.map((sdg) => ({ value: String(sdg.number), label: `${sdg.number}. ${sdg.name}` }))}
        {...form.getInputProps('sdgNumbers')}
      />
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} size="sm">
          {t('roadmap.fields.indicators')}
        </Text>
        {form.values.indicators.map((_indicator, index) => (
          <Group key={index} gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t('roadmap.indicator.name')}
              required
              style={{ flex: 2, minWidth: 180 }}
              {...form.getInputProps(`indicators.${index}.name`)}
            />
            <TextInput label={t('roadmap.indicator.unit')} w={110} {...form.getInputProps(`indicators.${index}.unit`)} />
            <NumberInput label={t('roadmap.indicator.baseline')} w={110} {...form.getInputProps(`indicators.${index}.baseline`)} />
            <NumberInput label={t('roadmap.indicator.target')} w={110} {...form.getInputProps(`indicators.${index}.target`)} />
            <NumberInput label={t('roadmap.indicator.current')} w={110} {...form.getInputProps(`indicators.${index}.current`)} />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('roadmap.indicator.remove')}
              onClick={() => form.removeListItem('indicators', index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.insertListItem('indicators', { name: '', unit: '', baseline: '', target: '', current: '' })}
        >
          {t('roadmap.indicator.add')}
        </Button>
      </Stack>
    </Stack>
  );
}

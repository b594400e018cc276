import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { applyFieldErrors, type OrganizationKind, type ScopeOptionsQuery as Options, useAbilities } from '@ruta/web-data-access';
import { Dialog, ExternalLink, FormActions, QueryState, ScrollTable } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOrganizationMutation, ScopeOptionsQuery, UpdateOrganizationMutation } from './admin-operations.js';

type Organization = Options['organizations'][number];
const kinds: OrganizationKind[] = [
  'GAD_PROVINCIAL',
  'CONGOPE',
  'MINISTRY',
  'COOPERATION_AGENCY',
  'INTERNATIONAL_NETWORK',
  'ACADEMIA',
  'CIVIL_SOCIETY',
  'OTHER',
];

function OrganizationForm({
  organization,
  provinces,
  onClose,
}: {
  organization: Organization | null;
  provinces: Options['provinces'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [create, { loading: creating }] = useMutation(CreateOrganizationMutation, { refetchQueries: [ScopeOptionsQuery] });
  const [update, { loading: updating }] = useMutation(UpdateOrganizationMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      name: organization?.name ?? '',
      shortName: organization?.shortName ?? '',
      kind: (organization?.kind ?? 'COOPERATION_AGENCY') as OrganizationKind,
      provinceCode: organization?.province?.code ?? null,
      website: organization?.website ?? '',
    } as { name: string; shortName: string; kind: OrganizationKind; provinceCode: string | null; website: string },
    validate: {
      name: (value) => (value.trim() ? null : t('errors.required')),
      provinceCode: (value, values) => (values.kind === 'GAD_PROVINCIAL' && !value ? t('errors.gadProvinceRequired') : null),
    },
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const input = { ...values, shortName: values.shortName || null, website: values.website || null };
    try {
      if (organization) await update({ variables: { id: organization.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (caught) {
      const message = applyFieldErrors(caught, form, t('app.loadError'));
      if (message) setFailure(message);
    }
  });
  return (
    <Dialog
      opened
      onClose={onClose}
      title={organization ? t('organizations.editTitle', { name: organization.name }) : t('organizations.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput label={t('organizations.name')} required maxLength={200} {...form.getInputProps('name')} />
          <TextInput label={t('organizations.shortName')} maxLength={40} {...form.getInputProps('shortName')} />
          <Select
            label={t('organizations.kind')}
            required
            allowDeselect={false}
            data={kinds.map((value) => ({ value, label: t(`organizationKind.${value}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('organizations.province')}
            clearable
            searchable
            required={form.values.kind === 'GAD_PROVINCIAL'}
            data={provinces.map((province) => ({ value: province.code, label: province.name }))}
            {...form.getInputProps('provinceCode')}
          />
          <TextInput label={t('organizations.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
          <FormActions onCancel={onClose} saving={creating || updating} />
        </Stack>
      </form>
    </Dialog>
  );
}

/** The organisation directory, which administrators keep. */
export function OrganizationsAdmin() {
  const { t } = useTranslation();
  const canManage = useAbilities().manageOrganizations;
  const { data, loading, error, refetch } = useQuery(ScopeOptionsQuery);
  const [kind, setKind] = useState<string | null>(null);
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const organizations = (data?.organizations ?? []).filter((organization) => !kind || organization.kind === kind);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('organizations.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('organizations.intro')}
          </Text>
        </Stack>
        {canManage && <Button onClick={() => setEditing('new')}>{t('organizations.add')}</Button>}
      </Group>
      <Select
        label={t('organizations.filterKind')}
        placeholder={t('organizations.allKinds')}
        clearable
        value={kind}
        onChange={setKind}
        data={kinds.map((value) => ({ value, label: t(`organizationKind.${value}`) }))}
        w={{ base: '100%', xs: 280 }}
      />
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        <ScrollTable label={t('organizations.title')} minWidth={640} striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organizations.name')}</Table.Th>
              <Table.Th scope="col">{t('organizations.kind')}</Table.Th>
              <Table.Th scope="col">{t('organizations.province')}</Table.Th>
              {canManage && <Table.Th scope="col">{t('people.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organizations.map((organization) => (
              <Table.Tr key={organization.id}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" fw={600}>
                    {organization.shortName ?? organization.name}
                  </Text>
                  {organization.shortName && (
                    <Text size="xs" c="dimmed">
                      {organization.name}
                    </Text>
                  )}
                  {organization.website && (
                    <ExternalLink href={organization.website} size="xs">
                      {organization.website}
                    </ExternalLink>
                  )}
                </Table.Th>
                <Table.Td>{t(`organizationKind.${organization.kind}`)}</Table.Td>
                <Table.Td>{organization.province?.name ?? '—'}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => setEditing(organization)}
                      aria-label={`${t('people.edit')}: ${organization.name}`}
                    >
                      {t('people.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      </QueryState>
      {editing !== null && data && (
        <OrganizationForm organization={editing === 'new' ? null : editing} provinces={data.provinces} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

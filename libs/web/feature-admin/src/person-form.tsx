import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { mayBelongToOrganization, scopeOfRole } from '@ruta/shared-domain';
import { applyFieldErrors, type PeopleQuery as People, type Role } from '@ruta/web-data-access';
import { useState } from 'react';
import { Dialog, FormActions } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';
import { CreateUserMutation, PeopleQuery, ScopeOptionsQuery, UpdateUserMutation } from './admin-operations.js';
import type { IssuedLink } from './password-link-dialog.js';

type Person = People['users'][number];
const roles: Role[] = ['ADMIN', 'ANALYST', 'TECHNICIAN', 'PARTNER', 'MODERATOR'];

interface PersonFormProps {
  opened: boolean;
  /** The person to edit; none to create one. */
  person: Person | null;
  onClose: () => void;
  onInvited: (link: IssuedLink) => void;
}

/** Create a person (and get their invitation) or change a person's name, role and scope. */
export function PersonForm({ opened, person, onClose, onInvited }: PersonFormProps) {
  const { t } = useTranslation();
  const { data: options } = useQuery(ScopeOptionsQuery);
  const [create, { loading: creating }] = useMutation(CreateUserMutation, { refetchQueries: [PeopleQuery] });
  const [update, { loading: updating }] = useMutation(UpdateUserMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      email: person?.email ?? '',
      displayName: person?.displayName ?? '',
      role: (person?.role ?? 'TECHNICIAN') as Role,
      provinceCode: person?.province?.code ?? null,
      organizationId: person?.organization?.id ?? null,
    } as { email: string; displayName: string; role: Role; provinceCode: string | null; organizationId: string | null },
    validate: {
      email: (value) => (person || value.trim() ? null : t('errors.required')),
      displayName: (value) => (value.trim() ? null : t('errors.required')),
      provinceCode: (value, values) => (scopeOfRole(values.role) === 'province' && !value ? t('errors.provinceRequired') : null),
      organizationId: (value, values) => (scopeOfRole(values.role) === 'organization' && !value ? t('errors.organizationRequired') : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const scope = {
      displayName: values.displayName,
      role: values.role,
      provinceCode: scopeOfRole(values.role) === 'province' ? values.provinceCode : null,
      organizationId: values.organizationId,
    };
    try {
      if (person) {
        await update({ variables: { id: person.id, input: scope } });
        onClose();
      } else {
        const result = await create({ variables: { input: { ...scope, email: values.email } } });
        const created = result.data?.createUser;
        onClose();
        if (created) onInvited({ name: created.user.displayName, ...created.invitation });
      }
    } catch (caught) {
      const message = applyFieldErrors(caught, form, t('app.loadError'));
      if (message) setFailure(message);
    }
  });

  const role = form.values.role;
  const scope = scopeOfRole(role);
  return (
    <Dialog
      opened={opened}
      onClose={onClose}

      title={person ? t('people.editTitle', { name: person.displayName }) : t('people.createTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {!person && <TextInput label={t('people.email')} type="email" required {...form.getInputProps('email')} />}
          <TextInput label={t('people.name')} required maxLength={120} {...form.getInputProps('displayName')} />
          <Select
            label={t('people.role')}
            required
            allowDeselect={false}
            data={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
            {...form.getInputProps('role')}
          />
          {scope === 'province' && (
            <Select
              label={t('people.province')}
              required
              searchable
              data={(options?.provinces ?? [])
                .filter((province) => province.hasPrefectura)
                .map((province) => ({ value: province.code, label: province.name }))}
              {...form.getInputProps('provinceCode')}
            />
          )}
          <Select
            label={t('people.organization')}
            required={scope === 'organization'}
            clearable
            searchable
            data={(options?.organizations ?? [])
              .filter((organization) => mayBelongToOrganization(role, organization.kind))
              .map((organization) => ({
                value: organization.id,
                label: organization.shortName ? `${organization.shortName} · ${organization.name}` : organization.name,
              }))}
            {...form.getInputProps('organizationId')}
          />
          <FormActions onCancel={onClose} saving={creating || updating} />
        </Stack>
      </form>
    </Dialog>
  );
}

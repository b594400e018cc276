import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDots } from '@tabler/icons-react';
import { useAbilities, useSession, type PeopleQuery as People } from '@ruta/web-data-access';
import { QueryState, ScrollTable, formatDate } from '@ruta/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CreatePasswordLinkMutation, PeopleQuery, SetUserDisabledMutation } from './admin-operations.js';
import { PasswordLinkDialog, type IssuedLink } from './password-link-dialog.js';
import { PersonForm } from './person-form.js';

type Person = People['users'][number];

function StatusBadge({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (person.disabled)
    return (
      <Badge color="gray" variant="outline">
        {t('people.disabled')}
      </Badge>
    );
  if (person.invitationPending)
    return (
      <Badge color="yellow" variant="outline" c="dark">
        {t('people.pending')}
      </Badge>
    );
  return (
    <Badge color="green" variant="outline" c="dark">
      {t('people.active')}
    </Badge>
  );
}

/** What an administrator can do with one person: edit, issue a password link, disable or enable. */
function PersonActions({
  person,
  onEdit,
  onIssueLink,
}: {
  person: Person;
  onEdit: (person: Person) => void;
  onIssueLink: (person: Person) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [setDisabled] = useMutation(SetUserDisabledMutation);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" aria-label={`${t('people.actions')}: ${person.displayName}`}>
          <IconDots size={16} aria-hidden />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onEdit(person)}>{t('people.edit')}</Menu.Item>
        <Menu.Item onClick={() => void onIssueLink(person)}>{t('people.passwordLink')}</Menu.Item>
        {person.id !== user?.id && (
          <Menu.Item
            color={person.disabled ? undefined : 'red'}
            onClick={() => void setDisabled({ variables: { id: person.id, disabled: !person.disabled } })}
          >
            {person.disabled ? t('people.enable') : t('people.disable')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** One person as a card, for screens too narrow for the table's six columns. */
function PersonCard({ person, actions }: { person: Person; actions: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const nameId = `person-${person.id}`;
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={nameId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} id={nameId}>
            {person.displayName}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {person.email}
          </Text>
        </Stack>
        {actions}
      </Group>
      <Text size="sm" mt="xs">
        {t(`role.${person.role}`)} · {scopeOf(person)}
      </Text>
      <Group gap="xs" mt={4}>
        <StatusBadge person={person} />
        <Text size="xs" c="dimmed">
          {t('people.lastSignIn')}: {lastSignIn(person, language, t)}
        </Text>
      </Group>
    </Card>
  );
}

function scopeOf(person: Person): string {
  return person.province?.name ?? person.organization?.shortName ?? person.organization?.name ?? '—';
}

function lastSignIn(person: Person, language: string, t: TFunction): string {
  return person.lastSignInAt ? formatDate(person.lastSignInAt.slice(0, 10), language, 'short') : t('people.never');
}

/** People administration: everyone who can sign in, with their role and scope. */
export function PeopleAdmin() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'es';
  const canManage = useAbilities().managePeople;
  const { data, loading, error, refetch } = useQuery(PeopleQuery);
  const [createLink] = useMutation(CreatePasswordLinkMutation);
  // Six columns do not fit a phone: each person becomes a card there (Mantine's `sm` breakpoint).
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [link, setLink] = useState<IssuedLink | null>(null);

  const issueLink = async (person: Person) => {
    const result = await createLink({ variables: { id: person.id } });
    if (result.data) setLink({ name: person.displayName, ...result.data.createPasswordLink });
    await refetch();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('people.title')}</Title>
          <Text size="sm" c="dimmed">
            {canManage ? t('people.intro') : t('people.readOnly')}
          </Text>
        </Stack>
        {canManage && <Button onClick={() => setEditing('new')}>{t('people.add')}</Button>}
      </Group>
      <QueryState loading={loading && !data} error={error} onRetry={() => void refetch()}>
        {narrow ? (
          <Stack gap="sm" aria-label={t('people.title')} role="list">
            {data?.users.map((person) => (
              <div role="listitem" key={person.id}>
                <PersonCard
                  person={person}
                  actions={canManage && <PersonActions person={person} onEdit={setEditing} onIssueLink={issueLink} />}
                />
              </div>
            ))}
          </Stack>
        ) : (
          <ScrollTable label={t('people.title')} minWidth={760} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('people.name')}</Table.Th>
                <Table.Th scope="col">{t('people.role')}</Table.Th>
                <Table.Th scope="col">{t('people.scope')}</Table.Th>
                <Table.Th scope="col">{t('people.status')}</Table.Th>
                <Table.Th scope="col">{t('people.lastSignIn')}</Table.Th>
                {canManage && <Table.Th scope="col">{t('people.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data?.users.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={600}>
                      {person.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {person.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>{t(`role.${person.role}`)}</Table.Td>
                  <Table.Td>{scopeOf(person)}</Table.Td>
                  <Table.Td>
                    <StatusBadge person={person} />
                  </Table.Td>
                  <Table.Td>{lastSignIn(person, language, t)}</Table.Td>
                  {canManage && (
                    <Table.Td>
                      <PersonActions person={person} onEdit={setEditing} onIssueLink={issueLink} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </QueryState>
      {editing !== null && (
        <PersonForm opened person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onInvited={setLink} />
      )}
      <PasswordLinkDialog link={link} onClose={() => setLink(null)} />
    </Stack>
  );
}

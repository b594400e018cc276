import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { Dialog, formatDate } from '@ruta/web-ui';
import { useTranslation } from 'react-i18next';

export interface IssuedLink {
  name: string;
  kind: 'INVITATION' | 'PASSWORD_RESET';
  url: string;
  expiresAt: string;
}

/** Shows a one-time password link to hand over (there is no e-mail): copy it, then close. */
export function PasswordLinkDialog({ link, onClose }: { link: IssuedLink | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      opened={link !== null}
      onClose={onClose}
      title={link?.kind === 'INVITATION' ? t('people.invitationTitle') : t('people.resetTitle')}
    >
      {link && (
        <Stack>
          <Text size="sm">
            {t('people.invitationBody', { name: link.name, date: formatDate(link.expiresAt.slice(0, 10), i18n.resolvedLanguage ?? 'es') })}
          </Text>
          <TextInput label={t('people.passwordLink')} value={link.url} readOnly onFocus={(event) => event.currentTarget.select()} />
          <Group justify="flex-end">
            <CopyButton value={link.url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('people.copied') : t('people.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('people.close')}</Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}

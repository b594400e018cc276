import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's password input with its eye button named in the interface's language (Mantine's own
 * name is English). The name stays "Show password" and `aria-pressed` says whether it is shown,
 * as a toggle button should: a name that also changed would contradict its pressed state.
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput {...props} visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }} />;
}

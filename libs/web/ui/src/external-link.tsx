import { Anchor, VisuallyHidden, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A link to another site (slides, a recording, an organisation's website): opens in a new tab,
 * says so to screen readers, is underlined (not told apart by colour alone) and passes neither
 * the opener nor the referrer.
 */
export function ExternalLink({ href, size = 'sm', children }: { href: string; size?: MantineSize; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" size={size} underline="always">
      {children} <VisuallyHidden>{t('app.opensInNewTab')}</VisuallyHidden>
    </Anchor>
  );
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to the page's name, in the current language. */
export function useDocumentTitle(key: string): void {
  const { t } = useTranslation();
  const title = t(key);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}

import { MantineProvider } from '@mantine/core';
import { defaultLocale, locales, messages } from '@ruta/shared-i18n';
import { render, type RenderResult } from '@testing-library/react';
import i18next from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';

/** The app's translations, in Spanish (the interface's first language), as apps/web sets them up. */
export const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: Object.fromEntries(locales.map((locale) => [locale, { translation: messages[locale] }])),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Renders a piece of the web inside the providers the app wraps every page in (Apollo aside). */
export function renderInApp(ui: ReactElement): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">{ui}</MantineProvider>
    </I18nextProvider>,
  );
}

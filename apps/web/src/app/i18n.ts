import { defaultLocale, locales, messages } from '@ruta/shared-i18n';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const STORAGE_KEY = 'ruta.language';

function initialLanguage(): string {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (locales as readonly string[]).includes(stored)) return stored;
  return defaultLocale;
}

/** Spanish first; the choice of English is remembered in the browser and set on `<html lang>`. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(locales.map((locale) => [locale, { translation: messages[locale] }])),
  lng: initialLanguage(),
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  interpolation: { escapeValue: false },
  returnNull: false,
});

const applyLanguage = (language: string) => {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
};
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

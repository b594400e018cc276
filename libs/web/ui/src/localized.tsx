import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The language Ruta's texts are first written in: the programme (before its English version) and
 * everything people write (contributions, action items, comments, documents). No language is
 * stored with a person's text, so the elements that show one carry this as `lang`, and a screen
 * reader in the English interface reads them with Spanish pronunciation.
 */
export const CONTENT_LANG = 'es';

export interface LocalizedText<T> {
  value: T;
  /** `'es'` when the Spanish is shown in another interface language; put it on the element. */
  lang: typeof CONTENT_LANG | undefined;
}

const written = (english: string | readonly string[]) => english.length > 0;

/**
 * A programme text kept in Spanish and, where an administrator wrote it, in English: in English
 * the English text, or else the Spanish marked `lang: 'es'`; in Spanish the Spanish.
 */
export function localized<T extends string | readonly string[]>(
  spanish: T,
  english: T | null | undefined,
  language: string,
): LocalizedText<T> {
  if (language === CONTENT_LANG) return { value: spanish, lang: undefined };
  if (english != null && written(english)) return { value: english, lang: undefined };
  return { value: spanish, lang: CONTENT_LANG };
}

/** `localized` in the interface's current language. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? CONTENT_LANG;
  return useCallback(
    <T extends string | readonly string[]>(spanish: T, english: T | null | undefined) => localized(spanish, english, language),
    [language],
  );
}

/**
 * A programme text inside any element, e.g. `<Title><Localized es={theme.name} en={theme.english.name} /></Title>`:
 * the English where there is one, else the Spanish in a `<span lang="es">`.
 */
export function Localized({ es, en }: { es: string; en: string | null | undefined }) {
  const text = useLocalized()(es, en);
  return text.lang ? <span lang={text.lang}>{text.value}</span> : <>{text.value}</>;
}

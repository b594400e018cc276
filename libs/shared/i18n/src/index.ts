import { en } from './en.js';
import { es, type Messages } from './es.js';

export type { Messages };
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'es';
export const messages: Record<Locale, Messages> = { es, en };

/** An `errors.*` message in both languages, with `{{name}}` placeholders filled in. */
export function errorMessage(key: keyof Messages['errors'], values: Record<string, string | number> = {}): { es: string; en: string } {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  return { es: fill(es.errors[key]), en: fill(en.errors[key]) };
}

import { FORUM_TIME_ZONE } from '@ruta/shared-domain';

const localeTag = (language: string) => (language === 'en' ? 'en-GB' : 'es-EC');

/** `09:30` (or `09:30:15` with seconds), in the forum's time zone, whatever the browser's zone is. */
export function formatTime(iso: string, language: string, options: { seconds?: boolean } = {}): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    hour: '2-digit',
    minute: '2-digit',
    second: options.seconds ? '2-digit' : undefined,
    hour12: false,
    timeZone: FORUM_TIME_ZONE,
  }).format(new Date(iso));
}

/** `martes, 28 de marzo de 2023` for a calendar date (`2023-03-28`). */
export function formatDate(date: string, language: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    weekday: style === 'long' ? 'long' : undefined,
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** `28–29 de marzo de 2023` for a date range in one month, else both dates in full. */
export function formatDateRange(start: string, end: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(
    new Date(`${start}T00:00:00Z`),
    new Date(`${end}T00:00:00Z`),
  );
}

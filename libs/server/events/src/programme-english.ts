import type { AgendaSessionEnglishTexts } from './agenda-session.entity.js';
import type { EventEnglishTexts } from './event.entity.js';
import type { AgendaSessionEnglishInput, EventEnglishInput, ThemeEnglishInput } from './programme.inputs.js';
import type { ThemeEnglishTexts } from './theme.entity.js';

// Every key is written, null where an administrator left the English blank: a key that is there
// is their decision, which the seed's translations never overwrite.
const text = (value: string | null | undefined): string | null => value || null;

const list = (values: string[] | null | undefined): string[] | null => {
  const kept = (values ?? []).filter(Boolean);
  return kept.length > 0 ? kept : null;
};

/** A theme's English texts as stored, from what an administrator sent. */
export const themeEnglish = (input: ThemeEnglishInput): ThemeEnglishTexts => ({
  name: text(input.name),
  description: text(input.description),
});

/** A session's English texts as stored, from what an administrator sent. */
export const sessionEnglish = (input: AgendaSessionEnglishInput): AgendaSessionEnglishTexts => ({
  title: text(input.title),
  description: text(input.description),
});

/** The event's English texts as stored, from what an administrator sent. */
export const eventEnglish = (input: EventEnglishInput): EventEnglishTexts => ({
  name: text(input.name),
  subtitle: text(input.subtitle),
  presentation: text(input.presentation),
  objectives: list(input.objectives),
  specificObjectives: list(input.specificObjectives),
  methodology: text(input.methodology),
  audience: list(input.audience),
});

import { messages, type Locale } from '@ruta/shared-i18n';

/** What a person can be told; each has a title and a body in the i18n catalogues (`notification.<kind>`). */
export type NotificationKind = keyof (typeof messages)['es']['notification'];

/** A notification to store: for whom, what, about what, where. */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  params: Record<string, string>;
  link: string;
}

/** A kind's title and body in a language, with its parameters filled in. */
export function renderNotification(kind: string, params: Record<string, string>, language: Locale): { title: string; body: string } {
  const texts = (messages[language].notification as Record<string, { title: string; body: string }>)[kind];
  if (!texts) return { title: kind, body: '' };
  const fill = (template: string) => template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => params[name] ?? '');
  return { title: fill(texts.title), body: fill(texts.body) };
}

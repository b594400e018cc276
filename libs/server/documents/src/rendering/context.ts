/** What a rendered action item block shows: the item as the reader may see it now. */
export interface RenderedActionItem {
  title: string;
  status: string;
  statusLabel: string;
  /** 0–100. */
  progress: number;
  href: string;
}

export interface RenderContext {
  /** The action items the document's blocks show, by id; a block whose item is missing renders as unavailable. */
  actionItems: ReadonlyMap<string, RenderedActionItem>;
  language?: 'es' | 'en';
}

export interface RenderedDocument {
  /** Sanitized HTML: nothing in it can run script or load a resource. */
  html: string;
  /** CommonMark with GFM tables and strikethrough; user text cannot inject markup. */
  markdown: string;
  /** One line per block, for full-text search. */
  text: string;
}

const LABELS = {
  es: { action: 'Acción', unavailable: 'Acción no disponible' },
  en: { action: 'Action', unavailable: 'Action not available' },
} as const;

export function labelsFor(context: RenderContext) {
  return LABELS[context.language ?? 'es'] ?? LABELS.es;
}

/** "40 %" in Spanish, "40%" in English. */
export function formatProgress(progress: number, context: RenderContext): string {
  const value = Number.isFinite(progress) ? Math.min(100, Math.max(0, Math.round(progress))) : 0;
  return (context.language ?? 'es') === 'en' ? `${value}%` : `${value} %`;
}

/** The action item a block shows, or undefined when it is unknown or not visible to the reader. */
export function actionItemOf(attrs: Record<string, unknown> | undefined, context: RenderContext): RenderedActionItem | undefined {
  const id = attrs?.actionItemId;
  return typeof id === 'string' && id !== '' ? context.actionItems.get(id) : undefined;
}

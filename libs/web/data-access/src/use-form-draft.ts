import { useCallback, useEffect, useState } from 'react';
import { useSession } from './session.js';

/** What the hook needs of a `@mantine/form` form (structurally, so data-access needs no form library). */
export interface DraftableForm<Values> {
  getValues(): Values;
  setValues(values: Partial<Values>): void;
  isDirty(): boolean;
  reset(): void;
}

export interface FormDraft {
  /** The form holds changes not sent yet. */
  dirty: boolean;
  /** A draft from an earlier visit was put back into the form. */
  restored: boolean;
  /** The stored draft was looked for (and put back if there was one): prefill only after this. */
  hydrated: boolean;
  /** Throws the draft away and empties the form (the person chose to). */
  discard(): void;
  /** Forgets the draft and empties the form once it was sent successfully. */
  clear(): void;
}

const prefix = 'ruta:draft:';

/** The browser's storage key: per person, so another person on the same computer never sees it. */
export const draftStorageKey = (userId: string, key: string) => `${prefix}${userId}:${key}`;

function readDraft<Values>(storageKey: string): Partial<Values> | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored ? (JSON.parse(stored) as Partial<Values>) : null;
  } catch {
    return null;
  }
}

function writeDraft(storageKey: string, values: unknown | null) {
  try {
    if (values === null) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, JSON.stringify(values));
  } catch {
    // Storage full or refused (private mode): the form still works, only without a draft.
  }
}

/**
 * Keeps a form's unsent values in `localStorage` under `key` (a form and its record, e.g.
 * `contribution:<conversatorioId>`) for the signed-in person, and puts them back when the form
 * opens again — after a reload, another page, or signing in again when the session expired.
 */
export function useFormDraft<Values>(key: string, form: DraftableForm<Values>): FormDraft {
  const { user } = useSession();
  const storageKey = user ? draftStorageKey(user.id, key) : null;
  // Which key's stored draft was read, and whether it held one.
  const [hydration, setHydration] = useState<{ key: string; restored: boolean } | null>(null);
  const hydratedKey = hydration?.key ?? null;
  const restored = hydration?.restored ?? false;
  const values = form.getValues();
  const dirty = form.isDirty();
  const serialized = JSON.stringify(values);

  useEffect(() => {
    if (!storageKey || hydratedKey === storageKey) return;
    const draft = readDraft<Values>(storageKey);
    if (draft) form.setValues(draft);
    // The browser's storage is the outside system synchronised here, read once per key.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHydration({ key: storageKey, restored: Boolean(draft) });
    // Once per key: the form object changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey, hydratedKey]);

  useEffect(() => {
    // Not before the stored draft was read, or the empty form would overwrite it.
    if (!storageKey || hydratedKey !== storageKey) return;
    writeDraft(storageKey, dirty ? JSON.parse(serialized) : null);
  }, [storageKey, hydratedKey, dirty, serialized]);

  const forget = useCallback(() => {
    if (storageKey) writeDraft(storageKey, null);
    setHydration((before) => before && { ...before, restored: false });
  }, [storageKey]);

  const discard = () => {
    forget();
    form.reset();
  };
  return { dirty, restored, hydrated: storageKey !== null && hydratedKey === storageKey, discard, clear: discard };
}

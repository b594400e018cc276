import { FORUM_TIME_ZONE } from '@ruta/shared-domain';
import { MemoriaScopeKind } from './memoria.entity.js';

interface Named {
  scopeKind: MemoriaScopeKind;
  scopeLabel: string;
  language: string;
}

/** `galápagos` → `galápagos` (unicode) and `galapagos` (ascii): lower case, words joined by hyphens. */
function slug(text: string, ascii: boolean): string {
  const base = ascii ? text.normalize('NFD').replace(/\p{M}/gu, '') : text.normalize('NFC');
  return base
    .toLowerCase()
    .replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The scope as a file name part: `foro`, `eje-paradiplomacia`, `provincia-chimborazo`. */
function scopePart(named: Named, ascii: boolean): string {
  if (named.scopeKind === MemoriaScopeKind.FORUM) return 'foro';
  // The label is "Eje temático: <name>" / "Province: <name>": the name is what follows the colon.
  const name = slug(named.scopeLabel.split(':').slice(1).join(':') || named.scopeLabel, ascii);
  return `${named.scopeKind === MemoriaScopeKind.THEME ? 'eje' : 'provincia'}-${name}`;
}

/** `2026-12-03-1405`, in the forum's time zone. */
function stamp(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: FORUM_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}-${parts.hour}${parts.minute}`;
}

/**
 * A download's file name without extension: `memoria-borrador-foro-es-2026-12-03-1405` for a draft
 * (scope, language, when it was generated), `memoria-v3-provincia-chimborazo-es` for a version.
 */
export function memoriaFileName(
  file: Named & ({ kind: 'draft'; createdAt: Date } | { kind: 'version'; number: number }),
  ascii = true,
): string {
  const scope = `${scopePart(file, ascii)}-${file.language}`;
  return file.kind === 'draft' ? `memoria-borrador-${scope}-${stamp(file.createdAt)}` : `memoria-v${file.number}-${scope}`;
}

import { createHash } from 'node:crypto';

/**
 * A stable UUID (version 5 layout) for a seeded record, e.g. `seedId('theme:paradiplomacia')`.
 * Tests and later seeds refer to seeded rows by these ids.
 */
export function seedId(key: string): string {
  const hex = createHash('sha1').update(`ruta:${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

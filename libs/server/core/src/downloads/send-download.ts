import { downloadFormats, type DownloadFormat } from '@ruta/shared-domain';
import type { Response } from 'express';

/** `attachment; filename="…"` with an ASCII name, plus RFC 5987 `filename*` when the name has other letters. */
export function contentDisposition(asciiName: string, unicodeName: string): string {
  const plain = `attachment; filename="${asciiName}"`;
  return asciiName === unicodeName ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(unicodeName)}`;
}

export interface Download {
  format: DownloadFormat;
  body: Buffer | string;
  /** Without extension; `unicode` when the name has letters beyond ASCII. */
  name: { ascii: string; unicode?: string };
  /** A file that follows the live data (an export) is never kept by caches. */
  noStore?: boolean;
}

/**
 * Sends a file the way every download is sent: its registered content type, as an attachment
 * under its name, never sniffed; an HTML file is a document to keep, not part of the app, so
 * nothing in it may run or load.
 */
export function sendDownload(response: Response, { format, body, name, noStore }: Download): void {
  response.setHeader('Content-Type', downloadFormats[format].contentType);
  response.setHeader('Content-Disposition', contentDisposition(`${name.ascii}.${format}`, `${name.unicode ?? name.ascii}.${format}`));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (noStore) response.setHeader('Cache-Control', 'no-store');
  if (format === 'html') response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  response.send(body);
}

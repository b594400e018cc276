/** The only URL schemes a link in a document may use; anything else (javascript:, data:, vbscript:, …) is refused. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

// Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so they are
// removed before the scheme is read.
const IGNORED_IN_URL = /[\p{Cc}\p{Cf}\p{Z}\s]/gu;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Whether a link target may be kept: an http, https or mailto URL, or a path of this site
 * (`/hoja-de-ruta/…`; not `//host`, which is another site).
 */
export function isAllowedLinkHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  const url = href.replace(IGNORED_IN_URL, '');
  if (url === '') return false;
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
  const scheme = SCHEME.exec(url);
  return scheme !== null && (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(scheme[1].toLowerCase());
}

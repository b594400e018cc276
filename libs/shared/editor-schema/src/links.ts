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

// A colon before any "/", "?" or "#" is read by browsers as the end of a scheme.
const ANY_SCHEME = /^[^/?#\\]*:/;

/**
 * Tiptap's `isAllowedUri` for the Link extension. Its autolinker and paste rules pass the link's
 * text ("www.congope.gob.ec", "info@congope.gob.ec"), before adding the protocol, so a value with
 * no scheme at all is accepted too (it can only be a path relative to the page); a scheme other
 * than http, https or mailto never is.
 */
export function isAllowedLinkValue(url: unknown): boolean {
  if (isAllowedLinkHref(url)) return true;
  if (typeof url !== 'string') return false;
  const value = url.replace(IGNORED_IN_URL, '');
  return value !== '' && !ANY_SCHEME.test(value) && !value.startsWith('//') && !value.startsWith('\\') && !value.startsWith('/\\');
}

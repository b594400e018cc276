import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a collaboration token opens connections; the provider asks for a new one to reconnect. */
export const COLLABORATION_TOKEN_TTL_MS = 5 * 60_000;

export interface CollaborationClaims {
  /** The session the token was issued under: revoking it closes the connection. */
  sessionId: string;
  documentId: string;
  expiresAt: number;
}

const encode = (value: string) => Buffer.from(value).toString('base64url');

/**
 * A short-lived token for one document and one session, signed with the server secret (HMAC-SHA256):
 * the WebSocket never carries the session token itself.
 */
export function signCollaborationToken(secret: string, claims: CollaborationClaims): string {
  const payload = encode(JSON.stringify([claims.sessionId, claims.documentId, claims.expiresAt]));
  return `${payload}.${signature(secret, payload)}`;
}

/** The claims of a valid, unexpired token; null otherwise. */
export function verifyCollaborationToken(secret: string, token: string, now = Date.now()): CollaborationClaims | null {
  const [payload, signed, extra] = token.split('.');
  if (!payload || !signed || extra !== undefined || token.length > 1000) return null;
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(signed);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [sessionId, documentId, expiresAt] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [string, string, number];
    if (typeof sessionId !== 'string' || typeof documentId !== 'string' || typeof expiresAt !== 'number' || expiresAt < now) return null;
    return { sessionId, documentId, expiresAt };
  } catch {
    return null;
  }
}

function signature(secret: string, payload: string): string {
  return createHmac('sha256', `collaboration:${secret}`).update(payload).digest('base64url');
}

import { createHmac, randomBytes } from 'node:crypto';

/** A new unguessable token (256 bits), URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * What is stored for a token: its HMAC under the session secret. Changing `SESSION_SECRET` thus
 * invalidates every session and link at once.
 */
export const hashToken = (secret: string, token: string): string => createHmac('sha256', secret).update(token).digest('base64url');

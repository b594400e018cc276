/**
 * Announced (on the `PubSubEngine`) when what someone may do changes: a session ends, a person is
 * disabled or changes role or scope, a conversatorio changes status. Open long-lived connections
 * (collaboration) are closed so that they reconnect under the new rules.
 */
export const ACCESS_CHANGED = 'access-changed';

export interface AccessChanged {
  sessionId?: string;
  /** Several sessions at once (a new password ends every other session of its person). */
  sessionIds?: string[];
  userId?: string;
  conversatorioId?: string;
}

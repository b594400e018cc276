import type { HocuspocusProvider } from '@hocuspocus/provider';

const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 30_000;

/**
 * The server may close one document's connection while the WebSocket stays open: the person's
 * access changed, or an edit could not be stored. The provider then stays idle until the socket
 * reconnects; this reconnects it (after a short, growing delay), which asks for a new token and
 * sends the server whatever it lacks — edits made meanwhile included. Returns the cleanup.
 */
export function reopenOnServerClose(provider: HocuspocusProvider): () => void {
  const socket = provider.configuration.websocketProvider;
  let delay = FIRST_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onClose = () => {
    // A closing socket reconnects by itself; only a document closed over an open socket needs this.
    if (timer || socket.status !== 'connected') return;
    timer = setTimeout(() => {
      timer = null;
      // Closing the socket (not `disconnect()`, which would stop it from reconnecting) lets the
      // provider reconnect the way it does after any dropped connection.
      socket.webSocket?.close();
    }, delay);
    delay = Math.min(delay * 2, LONGEST_DELAY_MS);
  };
  const onSynced = () => {
    delay = FIRST_DELAY_MS;
  };
  provider.on('close', onClose);
  provider.on('synced', onSynced);
  return () => {
    if (timer) clearTimeout(timer);
    provider.off('close', onClose);
    provider.off('synced', onSynced);
  };
}

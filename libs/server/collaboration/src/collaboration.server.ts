import { Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import { ACCESS_CHANGED, RedisConnections, WebSocketGate, type AccessChanged } from '@ruta/server-core';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';
import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { AuthenticationExtension } from './authentication.extension.js';
import type { CollaborationContext } from './collaboration-context.js';
import { COLLABORATION_PATH } from './collaboration-path.js';
import { LoggingExtension } from './logging.extension.js';
import { PersistenceExtension } from './persistence.extension.js';

/** A document's content is at most this big on the wire (one update). */
const MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;
/** Documents one session may hold open at once. */
export const MAX_DOCUMENTS_PER_SESSION = 32;

/**
 * Hocuspocus, mounted on the API's own HTTP server at `/collaboration` (one port for everything).
 * Its extensions are Nest providers. Open connections are tracked by session, person and
 * conversatorio so that a change of access closes them: the client reconnects, asks for a new
 * token, and gets what the rules now allow.
 *
 * With `REDIS_URL`, Hocuspocus's Redis extension relays every document's updates and presence
 * between instances, so editors connected to different instances converge. Each instance stores
 * the updates its own clients send (before acknowledging them); compactions take a Redis lock
 * and, in PostgreSQL, a row lock, so any instance may compact.
 */
@Injectable()
export class CollaborationServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly hocuspocus: Hocuspocus<CollaborationContext>;
  private readonly webSockets: WebSocketServer;
  private readonly open = new Set<Connection<CollaborationContext>>();
  private subscription: number | null = null;

  constructor(
    gate: WebSocketGate,
    private readonly pubSub: PubSubEngine,
    redis: RedisConnections,
    authentication: AuthenticationExtension,
    persistence: PersistenceExtension,
    logging: LoggingExtension,
  ) {
    const relay: Extension[] = redis.enabled
      ? [
          new RelayExtension({
            createClient: () => redis.create('collaboration'),
            prefix: redis.prefix,
            identifier: `${redis.prefix}-${randomUUID()}`,
          }),
        ]
      : [];
    this.hocuspocus = new Hocuspocus<CollaborationContext>({
      name: 'ruta',
      quiet: true,
      debounce: 2_000,
      maxDebounce: 10_000,
      timeout: 30_000,
      extensions: [...relay, authentication, persistence, logging, { connected: async ({ connection }) => this.track(connection) }],
    });
    this.webSockets = gate.route({
      path: COLLABORATION_PATH,
      maxPayload: MAX_PAYLOAD_BYTES,
      onConnection: (webSocket, request) => this.accept(webSocket, request),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = await this.pubSub.subscribe(ACCESS_CHANGED, (change: AccessChanged) => this.closeAffected(change), {});
  }

  /**
   * Shutting down, before the HTTP server closes: stores every open document now and closes the
   * connections, so their editors reconnect (through the load balancer, to another instance) at
   * once. Every acknowledged edit was stored already; this only spares the next instance the
   * compaction.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.subscription !== null) this.pubSub.unsubscribe(this.subscription);
    this.hocuspocus.flushPendingStores();
    this.hocuspocus.closeConnections();
    this.webSockets.close();
    // The flushed stores run asynchronously; give them the moment they need before the database goes.
    await waitFor(() => this.hocuspocus.getDocumentsCount() === 0, 5_000);
  }

  /** A socket the gate let through: Hocuspocus authenticates each document opened over it. */
  private accept(webSocket: WebSocket, request: IncomingMessage): void {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const client = this.hocuspocus.handleConnection(
      webSocket,
      new Request(`http://localhost${request.url}`, { headers }),
      {} as CollaborationContext,
    );
    webSocket.on('message', (data: RawData) => client.handleMessage(toBytes(data)));
    webSocket.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
  }

  private track(connection: Connection<CollaborationContext>): void {
    const sessionId = connection.context.sessionId;
    if ([...this.open].filter((other) => other.context.sessionId === sessionId).length >= MAX_DOCUMENTS_PER_SESSION) {
      connection.close({ code: 4429, reason: 'Too many documents open' });
      return;
    }
    this.open.add(connection);
    connection.onClose(() => this.open.delete(connection));
  }

  /** Closes the connections a change of access concerns; their clients reconnect under the new rules. */
  private closeAffected(change: AccessChanged): void {
    for (const connection of this.open) {
      const context = connection.context;
      if (
        (change.sessionId && context.sessionId === change.sessionId) ||
        change.sessionIds?.includes(context.sessionId) ||
        (change.userId && context.user.id === change.userId) ||
        (change.conversatorioId && context.conversatorioId === change.conversatorioId)
      ) {
        // 4205 (reset): the provider reconnects at once, asking for a new token.
        connection.close({ code: 4205, reason: 'Access changed' });
      }
    }
  }

  /** How many connections are open now. */
  get connectionCount(): number {
    return this.open.size;
  }
}

/**
 * Hocuspocus's Redis extension, minus one line of noise: when another instance holds a document's
 * store lock, this instance skips its own store (the updates are in PostgreSQL already); Hocuspocus
 * logs every hook error that has a message, so the expected skip goes without one.
 */
class RelayExtension extends RedisExtension {
  override async onStoreDocument(payload: Parameters<RedisExtension['onStoreDocument']>[0]): Promise<void> {
    try {
      await super.onStoreDocument(payload);
    } catch (error) {
      if (error instanceof Error && error.name === 'SkipFurtherHooksError') error.message = '';
      throw error;
    }
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

async function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

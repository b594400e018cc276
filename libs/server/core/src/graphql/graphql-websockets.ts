import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ErrorCode } from '@ruta/shared-domain';
import { parse as parseCookies } from 'cookie';
import { GraphQLError, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage } from 'node:http';
import { Logger } from 'nestjs-pino';
import type { WebSocket } from 'ws';
import { ACCESS_CHANGED, type AccessChanged } from '../auth/access-changed.js';
import { Authenticator, SESSION_COOKIE, type AuthUser } from '../auth/auth-user.js';
import type { RequestWithUser } from '../auth/request-user.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { AppError } from '../errors/app-error.js';
import { Metrics } from '../metrics/metrics.js';
import { WebSocketGate, type WebSocketClient } from '../websocket/websocket-gate.js';
import { createErrorFormatter } from './format-error.js';
import { operationLimitsRule } from './operation-limits.js';

/** The largest graphql-ws message: a subscription document and its variables, never more. */
export const GRAPHQL_WS_MAX_PAYLOAD = 64 * 1024;
/** Open `/graphql` sockets per session (a browser tab holds one). */
export const MAX_GRAPHQL_SOCKETS_PER_SESSION = 16;
/** Running subscriptions per session (or per anonymous socket), and per client address. */
export const MAX_SUBSCRIPTIONS_PER_SESSION = 64;
export const MAX_SUBSCRIPTIONS_PER_ADDRESS = 256;

type Extra = { socket: WebSocket; request: IncomingMessage };

interface Connection {
  context: Context<Record<string, unknown>, Extra>;
  address: string;
  user: AuthUser | null;
}

/** The session token of a graphql-ws connection: `connectionParams.authorization` (`Bearer …`), else the upgrade's cookie. */
function tokenOf(connectionParams: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage): string | null {
  const header = connectionParams?.authorization;
  const bearer = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
  return bearer ?? parseCookies(request.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
}

/**
 * GraphQL subscriptions over graphql-ws on `/graphql`, through the WebSocket gate. Each operation
 * is authenticated afresh (the same guard and policies as over HTTP); each connection is tracked by
 * the session it opened with, so that when a session ends (sign-out, sign-out everywhere, a new
 * password, a disabled or re-scoped person) its connections close on every instance (4403: the
 * client reconnects and subscribes again under what the rules now allow). Sockets per session and
 * subscriptions per session and per address are capped.
 */
@Injectable()
export class GraphQLWebSockets implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly connections = new Set<Connection>();
  private dispose: (() => Promise<void>) | null = null;
  private subscription: number | null = null;

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly gate: WebSocketGate,
    private readonly authenticator: Authenticator,
    private readonly metrics: Metrics,
    private readonly pubSub: PubSubEngine,
    private readonly logger: Logger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const formatError = createErrorFormatter({
      exposeDetails: false,
      log: (error) => this.logger.error(error, 'Unexpected error while resolving a GraphQL subscription'),
    });
    const clients = new WeakMap<WebSocket, WebSocketClient>();
    const server = this.gate.route({
      path: '/graphql',
      maxPayload: GRAPHQL_WS_MAX_PAYLOAD,
      onConnection: (socket, request, client) => {
        clients.set(socket, client);
        server.emit('connection', socket, request);
      },
    });
    const refusal = (key: 'tooManySubscriptions') => {
      const formatted = formatError({ message: '' }, new AppError(ErrorCode.RateLimited, key));
      return [new GraphQLError(formatted.message, { extensions: formatted.extensions })];
    };

    const handle = useServer<Record<string, unknown>, Extra>(
      {
        schema: this.schemaHost.schema,
        isProd: this.config.mode === 'production',
        context: async ({ connectionParams, extra }) => {
          const token = tokenOf(connectionParams, extra.request);
          const user = token ? await this.authenticator.authenticate(token) : null;
          return { req: { headers: extra.request.headers, user } as unknown as RequestWithUser };
        },
        onConnect: async (context) => {
          const token = tokenOf(context.connectionParams, context.extra.request);
          const user = token ? await this.authenticator.authenticate(token) : null;
          if (user && this.socketsOf(user.sessionId) >= MAX_GRAPHQL_SOCKETS_PER_SESSION) {
            context.extra.socket.close(CloseCode.TooManyInitialisationRequests, 'Too many connections');
            return false;
          }
          const address = clients.get(context.extra.socket)?.address ?? 'unknown';
          this.connections.add({ context, address, user });
          this.metrics.graphqlWebSockets.inc();
          return true;
        },
        onDisconnect: () => this.metrics.graphqlWebSockets.dec(),
        onClose: (context) => {
          for (const connection of this.connections) if (connection.context === context) this.connections.delete(connection);
        },
        onSubscribe: (context) => {
          const connection = [...this.connections].find((candidate) => candidate.context === context);
          if (!connection) return refusal('tooManySubscriptions');
          const sameSession = (other: Connection) =>
            connection.user ? other.user?.sessionId === connection.user.sessionId : other === connection;
          // graphql-ws has already entered this subscription in `context.subscriptions`: the counts include it.
          if (
            this.subscriptionsOf(sameSession) > MAX_SUBSCRIPTIONS_PER_SESSION ||
            this.subscriptionsOf((other) => other.address === connection.address) > MAX_SUBSCRIPTIONS_PER_ADDRESS
          ) {
            return refusal('tooManySubscriptions');
          }
          return undefined;
        },
        // The same request limits as over HTTP.
        validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, [...specifiedRules, operationLimitsRule]),
        // graphql-ws bypasses Apollo's formatter: subscription errors get the same codes and messages.
        onNext: (_context, _id, _payload, _args, result) => {
          const executed = result as ExecutionResult;
          return executed.errors ? { ...executed, errors: executed.errors.map((error) => formatError(error.toJSON(), error)) } : executed;
        },
      },
      server,
    );
    this.dispose = async () => {
      await handle.dispose();
    };
    this.subscription = await this.pubSub.subscribe(ACCESS_CHANGED, (change: AccessChanged) => this.closeAffected(change), {});
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.subscription !== null) this.pubSub.unsubscribe(this.subscription);
    await this.dispose?.();
  }

  /** Closes the connections of the sessions a change of access ends or alters. */
  private closeAffected(change: AccessChanged): void {
    const sessions = new Set([...(change.sessionIds ?? []), ...(change.sessionId ? [change.sessionId] : [])]);
    for (const connection of this.connections) {
      const user = connection.user;
      if (user && (sessions.has(user.sessionId) || change.userId === user.id)) {
        connection.context.extra.socket.close(CloseCode.Forbidden, 'Access changed');
        this.connections.delete(connection);
      }
    }
  }

  private socketsOf(sessionId: string): number {
    let count = 0;
    for (const connection of this.connections) if (connection.user?.sessionId === sessionId) count += 1;
    return count;
  }

  private subscriptionsOf(matches: (connection: Connection) => boolean): number {
    let count = 0;
    for (const connection of this.connections) if (matches(connection)) count += Object.keys(connection.context.subscriptions).length;
    return count;
  }
}

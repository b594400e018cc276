import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { parse as parseCookies } from 'cookie';
import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE, type Authenticator } from '../auth/auth-user.js';
import type { RequestWithUser } from '../auth/request-user.js';
import type { AppConfig } from '../config/app-config.js';
import type { Metrics } from '../metrics/metrics.js';
import { createErrorFormatter } from './format-error.js';
import { localizeErrorsPlugin } from './localize-errors.plugin.js';
import { OPERATION_LIMITS, operationLimitsRule } from './operation-limits.js';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

/** What graphql-ws hands the context factory for an operation on a WebSocket. */
interface WebSocketContext {
  connectionParams?: Record<string, unknown>;
  extra: { request: IncomingMessage };
}

/**
 * The session of a WebSocket operation: `connectionParams.authorization` (`Bearer …`) for scripts,
 * else the session cookie sent with the upgrade request. Resolved per operation, so an ended
 * session stops being able to subscribe at once.
 */
async function webSocketRequest(context: WebSocketContext, authenticator: Authenticator): Promise<RequestWithUser> {
  const header = context.connectionParams?.authorization;
  const bearer = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
  const token = bearer ?? parseCookies(context.extra.request.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
  const user = token ? await authenticator.authenticate(token) : null;
  return { headers: context.extra.request.headers, user } as unknown as RequestWithUser;
}

/**
 * Apollo Server through Nest, code-first, with subscriptions over graphql-ws on the same path; the
 * sorted schema is printed by `npm run schema:generate`.
 */
export function buildGraphQLOptions(
  config: AppConfig,
  log: (error: unknown) => void,
  authenticator: Authenticator,
  metrics: Metrics,
): ApolloDriverConfig {
  const production = config.mode === 'production';
  // An unexpected error's text (SQL, internals) never reaches a client, in any mode: it is logged.
  const formatError = createErrorFormatter({ exposeDetails: false, log });
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    // Request size limits, checked before anything runs (see operation-limits.ts).
    validationRules: [operationLimitsRule],
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    // No "Did you mean …?" in production: field suggestions would reveal the schema.
    hideSchemaDetailsFromClientErrors: production,
    graphiql: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    // No HTTP cache hints are used (every answer depends on who asks); without the default
    // cache-control plugin, no per-field hook wraps each resolver.
    plugins: [ApolloServerPluginCacheControlDisabled(), localizeErrorsPlugin, metrics.graphqlPlugin()],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: () => {
          metrics.graphqlWebSockets.inc();
          return true;
        },
        onDisconnect: () => metrics.graphqlWebSockets.dec(),
        // The same request limits as over HTTP (graphql-ws takes `validate`; Nest's type does not list it).
        ...({
          validate: (schema: GraphQLSchema, document: DocumentNode) => validate(schema, document, [...specifiedRules, operationLimitsRule]),
        } as object),
        // graphql-ws bypasses Apollo's formatter: give subscription errors the same codes and messages.
        onNext: (_context: unknown, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult) =>
          result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
      },
    },
    context: async (context: GraphQLContext | WebSocketContext) =>
      'extra' in context && context.extra?.request ? { req: await webSocketRequest(context, authenticator) } : context,
    formatError,
  };
}

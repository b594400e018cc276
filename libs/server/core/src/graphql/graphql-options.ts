import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config.js';
import type { Metrics } from '../metrics/metrics.js';
import { createErrorFormatter } from './format-error.js';
import { localizeErrorsPlugin } from './localize-errors.plugin.js';
import { OPERATION_LIMITS, operationLimitsRule } from './operation-limits.js';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

/**
 * Apollo Server through Nest, code-first; the sorted schema is printed by `npm run schema:generate`.
 */
export function buildGraphQLOptions(config: AppConfig, log: (error: unknown) => void, metrics: Metrics): ApolloDriverConfig {
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
    // Subscriptions are served by GraphQLWebSockets (graphql-websockets.ts), through the WebSocket gate.
    context: (context: GraphQLContext) => context,
    formatError,
  };
}

import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config.js';
import { createErrorFormatter } from './format-error.js';
import { localizeErrorsPlugin } from './localize-errors.plugin.js';

export interface GraphQLContext {
  req: Request;
  res: Response;
}

/** Apollo Server through Nest, code-first; the sorted schema is printed by `npm run schema:generate`. */
export function buildGraphQLOptions(config: AppConfig, log: (error: unknown) => void): ApolloDriverConfig {
  const production = config.mode === 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    graphiql: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    autoTransformHttpErrors: false,
    plugins: [localizeErrorsPlugin],
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
    formatError: createErrorFormatter({ exposeDetails: !production, log }),
  };
}

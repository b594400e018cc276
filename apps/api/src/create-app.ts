import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createValidationPipe, Metrics, type AppConfig } from '@ruta/server-core';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { securityHeaders } from './security-headers.js';

/** Where `npm run build:web` puts the web app; the API serves it from the same port. */
export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web');

/** Request bodies up to 1.5 MB. */
export const MAX_BODY_BYTES = 1.5 * 1024 * 1024;

const apiPaths = /^\/(graphql|health|collaboration|exports|metrics)(\/|$|\?)/;

/** How long an idle keep-alive connection stays open (more than nginx keeps its own: 30 s). */
export const KEEP_ALIVE_MS = 65_000;

/**
 * Builds the Nest application (not yet listening): GraphQL, health, and the web app with its
 * client-side routes.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  // The largest request the API takes is a CSV import (1,000,000 characters); anything bigger is refused (413).
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useBodyParser('urlencoded', { limit: '16kb', extended: false });
  app.disable('x-powered-by');
  // Idle keep-alive connections stay open longer than a proxy keeps its own to us (nginx: 30 s,
  // docker/nginx/ruta.conf.template); with Node's 5 s, a proxy reusing a connection the server had
  // just closed got a reset, and a POST (every GraphQL request) is not retried: a 502 for the user.
  const server = app.getHttpServer() as HttpServer;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  // Behind nginx (or any proxy named in TRUST_PROXY) the client's address comes from X-Forwarded-For.
  app.set('trust proxy', config.http.trustProxy);
  app.use(app.get(Metrics).httpMiddleware());
  app.use(securityHeaders(config));
  app.use(cookieParser());

  if (existsSync(path.join(webDistDir, 'index.html'))) {
    app.useStaticAssets(webDistDir, { index: false, maxAge: '1h', immutable: false });
    const indexHtml = path.join(webDistDir, 'index.html');
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || apiPaths.test(req.path) || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  }
  return app;
}

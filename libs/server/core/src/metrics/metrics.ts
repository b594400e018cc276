import { Controller, Get, Global, Header, Inject, Injectable, Module, NotFoundException, Req, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Authorize } from '../auth/authorize.decorator.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { statementCounter } from '../database/statement-counter.js';

/** The part of the site a request is for: a bounded label (paths are not, and must not become one). */
function area(path: string): string {
  const match = /^\/(graphql|collaboration|exports|health|metrics)(\/|$)/.exec(path);
  return match ? match[1] : 'web';
}

/**
 * Prometheus metrics of this instance, in a registry of its own: process and Node defaults, HTTP
 * and GraphQL latency, open GraphQL WebSockets. Other modules add theirs (the collaboration
 * server: connections, stored updates, document stores and failures).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly http = new Histogram({
    name: 'ruta_http_request_duration_seconds',
    help: 'HTTP requests by area (graphql, exports, health, web…), method and status class.',
    labelNames: ['area', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly graphql = new Histogram({
    name: 'ruta_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by type and outcome.',
    labelNames: ['type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly graphqlWebSockets = new Gauge({
    name: 'ruta_graphql_websockets',
    help: 'Open GraphQL (subscription) WebSocket connections.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ruta_' });
    this.counter('ruta_sql_statements_total', 'SQL statements sent to PostgreSQL by this process.', () => statementCounter.count);
  }

  /** Gauges and counters read when scraped, from what another module counts. */
  gauge(name: string, help: string, read: () => number): void {
    new Gauge({ name, help, registers: [this.registry], collect: this.collector(read) });
  }

  counter(name: string, help: string, read: () => number): void {
    let reported = 0;
    new Counter({
      name,
      help,
      registers: [this.registry],
      // A counter only goes up: report what was counted since the last scrape.
      collect() {
        const now = read();
        if (now > reported) this.inc(now - reported);
        reported = now;
      },
    });
  }

  /** Express middleware timing every request. */
  httpMiddleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.http.startTimer();
      // Read now: routers mounted on a path rewrite it while handling the request.
      const where = area(req.path);
      res.once('finish', () => end({ area: where, method: req.method, status: `${Math.floor(res.statusCode / 100)}xx` }));
      next();
    };
  }

  /** Apollo plugin timing every operation. */
  graphqlPlugin(): ApolloServerPlugin {
    const histogram = this.graphql;
    return {
      async requestDidStart() {
        const end = histogram.startTimer();
        return {
          async willSendResponse({ operation, errors }) {
            end({ type: operation?.operation ?? 'invalid', outcome: errors?.length ? 'error' : 'ok' });
          },
        };
      },
    };
  }

  private collector(read: () => number) {
    return function (this: Gauge) {
      this.set(read());
    };
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * `GET /metrics` in Prometheus's text format, scraped per instance with `Authorization: Bearer
 * <METRICS_TOKEN>`. Without `METRICS_TOKEN` it does not exist (404); a missing or wrong token is 401.
 * (nginx also keeps it off the public site.)
 */
@Controller('metrics')
@Authorize.public()
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  scrape(@Req() request: Request): Promise<string> {
    const expected = this.config.metrics.token;
    if (!expected) throw new NotFoundException();
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!timingSafeEqual(digest(given), digest(expected))) throw new UnauthorizedException();
    return this.metrics.registry.metrics();
  }
}

@Global()
@Module({ providers: [Metrics], controllers: [MetricsController], exports: [Metrics] })
export class MetricsModule {}

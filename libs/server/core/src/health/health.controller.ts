import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Authorize } from '../auth/authorize.decorator.js';
import { RedisConnections } from '../redis/redis-connections.js';

/**
 * `GET /health`: liveness — 200 while the process serves requests (a load balancer's or
 * orchestrator's restart signal must not depend on the database).
 * `GET /health/ready`: readiness — 200 while PostgreSQL answers, and Redis when `REDIS_URL` is
 * set; 503 otherwise, with which one is down.
 */
@Controller('health')
@Authorize.public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly redis: RedisConnections,
  ) {}

  @Get()
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      ...(this.redis.enabled
        ? [
            async () => {
              const redis = this.indicators.check('redis');
              return (await this.redis.ping()) ? redis.up() : redis.down({ message: 'Redis does not answer' });
            },
          ]
        : []),
    ]);
  }
}

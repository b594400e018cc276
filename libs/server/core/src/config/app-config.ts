import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const DEFAULT_SESSION_SECRET = 'ruta-demo-session-secret-change-me';
export const DEFAULT_DEMO_PASSWORD = 'ruta-demo';

const trimmed = () => Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined));

class HttpEnv {
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;
}

class ProxyEnv {
  /**
   * Which proxies to believe about the client's address (`X-Forwarded-For`), in Express's terms:
   * `false` (none: the default), a hop count (`1`), or addresses/ranges (`loopback`, `10.0.0.0/8`).
   * Never "all": the client could then name any address and dodge the sign-in limits.
   */
  @trimmed()
  @IsOptional()
  @Matches(/^(false|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*)$/, {
    message: 'must be false, a number of hops, or a comma-separated list of addresses, ranges, loopback, linklocal or uniquelocal',
  })
  TRUST_PROXY?: string;

  /**
   * Other sites whose pages may open this server's WebSockets, besides the site itself (the
   * upgrade's `Host`): comma-separated origins such as `https://ruta.example.org`.
   */
  @trimmed()
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*$/, {
    message: 'must be a comma-separated list of origins such as https://ruta.example.org',
  })
  ALLOWED_ORIGINS?: string;
}

class MetricsEnv {
  /** The bearer token `/metrics` asks for; unset, `/metrics` is off. */
  @trimmed()
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters long' })
  METRICS_TOKEN?: string;
}

class DatabaseEnv {
  @trimmed()
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @trimmed()
  @IsOptional()
  @IsString()
  DATA_DIR?: string;
}

class AuthEnv {
  @trimmed()
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters long' })
  SESSION_SECRET?: string;

  @trimmed()
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'must be at least 8 characters long' })
  DEMO_PASSWORD?: string;
}

class RedisEnv {
  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false }, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @trimmed()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'must be 1 to 40 letters, digits, dots, dashes or underscores' })
  REDIS_PREFIX?: string;
}

class LogEnv {
  @trimmed()
  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @trimmed()
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;
}

export type RuntimeMode = 'demo' | 'production' | 'test';

/** The validated configuration, one section per concern. */
export interface AppConfig {
  mode: RuntimeMode;
  /** `trustProxy`: Express's `trust proxy` setting (false, a hop count, or addresses). */
  http: { port: number; trustProxy: false | number | string; allowedOrigins: string[] };
  /** `token`: the bearer `/metrics` asks for (null: `/metrics` is off). */
  metrics: { token: string | null };
  database: { url?: string; dataDir: string };
  auth: { sessionSecret: string; demoPassword: string };
  /** `prefix` namespaces this deployment's channels and keys (several may share one Redis). */
  redis: { url?: string; prefix: string };
  log: { level: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function validateSection<T extends object>(cls: new () => T, env: Record<string, string | undefined>, problems: string[]): T {
  const section = plainToInstance(cls, env, { excludeExtraneousValues: false });
  for (const error of validateSync(section, { forbidUnknownValues: false, stopAtFirstError: true })) {
    for (const message of Object.values(error.constraints ?? {})) {
      problems.push(message.startsWith(error.property) ? message : `${error.property} ${message}`);
    }
  }
  return section;
}

/**
 * Reads and validates the environment. Every problem is collected first, so one start-up tells
 * the operator everything that is wrong at once.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const problems: string[] = [];
  const http = validateSection(HttpEnv, env, problems);
  const proxy = validateSection(ProxyEnv, env, problems);
  const database = validateSection(DatabaseEnv, env, problems);
  const auth = validateSection(AuthEnv, env, problems);
  const redis = validateSection(RedisEnv, env, problems);
  const log = validateSection(LogEnv, env, problems);
  const metrics = validateSection(MetricsEnv, env, problems);

  const mode: RuntimeMode = log.NODE_ENV === 'production' ? 'production' : log.NODE_ENV === 'test' ? 'test' : 'demo';
  if (mode === 'production') {
    if (!database.DATABASE_URL) problems.push('DATABASE_URL is required in production');
    if (!auth.SESSION_SECRET || auth.SESSION_SECRET === DEFAULT_SESSION_SECRET) {
      problems.push('SESSION_SECRET must be set to a secret of your own in production');
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    mode,
    http: {
      port: http.PORT,
      trustProxy: parseTrustProxy(proxy.TRUST_PROXY),
      allowedOrigins: proxy.ALLOWED_ORIGINS ? proxy.ALLOWED_ORIGINS.split(',').map((origin) => origin.trim().toLowerCase()) : [],
    },
    metrics: { token: metrics.METRICS_TOKEN ?? null },
    database: { url: database.DATABASE_URL, dataDir: database.DATA_DIR ?? './.data' },
    auth: {
      sessionSecret: auth.SESSION_SECRET ?? DEFAULT_SESSION_SECRET,
      demoPassword: auth.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    },
    redis: { url: redis.REDIS_URL, prefix: redis.REDIS_PREFIX ?? 'ruta' },
    log: { level: log.LOG_LEVEL ?? (mode === 'production' ? 'info' : 'warn') },
  };
}

function parseTrustProxy(value: string | undefined): false | number | string {
  if (value === undefined || value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

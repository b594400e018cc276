import { ConfigError, DEFAULT_SESSION_SECRET, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('runs in demo mode with defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      mode: 'demo',
      http: { port: 3000, trustProxy: false, allowedOrigins: [] },
      metrics: { token: null },
      database: { url: undefined, dataDir: './.data' },
      auth: { sessionSecret: DEFAULT_SESSION_SECRET, demoPassword: 'ruta-demo' },
      redis: { url: undefined, prefix: 'ruta' },
      log: { level: 'warn' },
    });
  });

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://ruta@db:5432/ruta',
      DATA_DIR: '/var/lib/ruta',
      SESSION_SECRET: 'x'.repeat(40),
      DEMO_PASSWORD: 'another-pass',
      REDIS_URL: 'redis://cache:6379',
      REDIS_PREFIX: 'ruta-prod',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      ALLOWED_ORIGINS: 'https://ruta.example.org, http://localhost:5173',
      METRICS_TOKEN: 'm'.repeat(24),
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      mode: 'production',
      http: { port: 8080, trustProxy: 'loopback, 10.0.0.0/8', allowedOrigins: ['https://ruta.example.org', 'http://localhost:5173'] },
      metrics: { token: 'm'.repeat(24) },
      database: { url: 'postgres://ruta@db:5432/ruta', dataDir: '/var/lib/ruta' },
      auth: { sessionSecret: 'x'.repeat(40), demoPassword: 'another-pass' },
      redis: { url: 'redis://cache:6379', prefix: 'ruta-prod' },
      log: { level: 'debug' },
    });
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'http://nope',
        REDIS_PREFIX: 'no spaces',
        TRUST_PROXY: 'true',
        LOG_LEVEL: 'loud',
        ALLOWED_ORIGINS: 'evil.example',
        METRICS_TOKEN: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems } = error as ConfigError;
    expect(problems).toHaveLength(8);
    expect(problems.join('\n')).toMatch(/ALLOWED_ORIGINS/);
    expect(problems.join('\n')).toMatch(/METRICS_TOKEN/);
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/REDIS_PREFIX/);
    // Trusting every proxy would let a client choose its address: refused.
    expect(problems.join('\n')).toMatch(/TRUST_PROXY/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL must be a postgres/);
    expect(problems.join('\n')).toMatch(/REDIS_URL/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL/);
  });

  it('reads a trusted hop count as a number', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
  });

  it('refuses production without a database or with the default session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required in production[\s\S]*SESSION_SECRET must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SESSION_SECRET: DEFAULT_SESSION_SECRET })).toThrow(
      /SESSION_SECRET must be set/,
    );
  });
});

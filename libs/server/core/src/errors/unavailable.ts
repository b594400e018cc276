/**
 * Whether an error means the database cannot be reached (rather than that the request was wrong or
 * the code failed): the pool timed out waiting for a connection, the connection was refused, reset
 * or ended, or PostgreSQL is shutting down, starting or out of connections. Such a request changed
 * nothing (its transaction never committed) and may be sent again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // TypeORM keeps pg's error as `driverError`; graphql-js wraps a value from another realm as `thrownValue`.
    const wrapper = current as { driverError?: unknown; cause?: unknown; thrownValue?: unknown };
    current = wrapper.driverError ?? wrapper.thrownValue ?? wrapper.cause;
  }
  return false;
}

/** Node's socket errors, and PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '53300']);

/** What `pg` and `pg-pool` say when the server goes away (they set no code). */
const UNAVAILABLE_MESSAGES = [
  /^timeout exceeded when trying to connect$/,
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

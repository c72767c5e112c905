/**
 * The database could not do the work: unreachable, not answering in time, read-only, full, or its file gone.
 * Nothing about the request itself was wrong, so the person is told to try again; the cause is logged.
 */
export class DatabaseUnavailableError extends Error {
  constructor(
    /** A short code for the logs: ECONNREFUSED, timeout, SQLITE_READONLY, vanished, … (never SQL or values). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`the database is unavailable (${reason})`, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Socket-level failures: the connection could not be made, or broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** pg's own wording for a connection that broke or timed out (it gives these errors no code). */
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error',
  'Connection is closed',
];

/**
 * PostgreSQL SQLSTATE classes and codes that say the server could not do the work (not that the statement
 * was wrong): 08 connection exception, 53 insufficient resources (disk full, out of memory), 57 operator
 * intervention (admin shutdown, statement timeout, cannot connect now), 25006 read-only transaction,
 * 25P03 idle-in-transaction timeout, 58 system error (I/O).
 */
function postgresUnavailable(code: string): boolean {
  return /^(08|53|57|58)/.test(code) || code === '25006' || code === '25P03';
}

/** SQLite result codes that say the file cannot be written or read, not that the statement was wrong. */
const SQLITE_UNAVAILABLE =
  /^SQLITE_(READONLY|FULL|IOERR|CANTOPEN|NOTADB|CORRUPT|BUSY|LOCKED|PROTOCOL|NOLFS|PERM|AUTH|VANISHED)/;

/** Where a PostgreSQL failure came from: the connection (nothing known about the statement) or the server. */
export function postgresFailure(error: unknown): 'connection' | 'server' | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return 'connection';
  if (typeof message === 'string' && PG_CONNECTION_MESSAGES.some((text) => message.includes(text))) {
    return 'connection';
  }
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && postgresUnavailable(code)) return 'server';
  return undefined;
}

/** The short reason logged for an unavailable database: a code, never SQL or values. */
export function unavailableReason(error: unknown): string | undefined {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && SQLITE_UNAVAILABLE.test(code)) return code;
  if (postgresFailure(error) === undefined) return undefined;
  if (typeof code === 'string') return code;
  return typeof message === 'string' && message.includes('timeout') ? 'timeout' : 'connection lost';
}

/** The error as callers see it: a DatabaseUnavailableError when the database could not do the work. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  const reason = unavailableReason(error);
  return reason === undefined ? error : new DatabaseUnavailableError(reason, { cause: error });
}

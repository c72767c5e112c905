import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import { asUnavailable, postgresFailure } from './unavailable.js';

export interface PostgresPoolOptions {
  /** Connecting, one statement, and a transaction left idle may each take this long (ms). */
  timeoutMs: number;
  /** Told of a connection that broke (a restart, a failover, a network reset); the pool replaces it. */
  onConnectionLost?: (error: Error) => void;
  /** Told of each retried unit of work, with why. */
  onRetry?: (reason: string) => void;
}

/** Pause before a retry: long enough for a restarting server or a failover to come back. */
const RETRY_DELAYS_MS = [200, 1_000];

/**
 * The pg pool settings that keep a PostgreSQL that stops answering from hanging the bot: a connect timeout,
 * a server-side statement and idle-in-transaction timeout, a client-side read timeout (a server behind a
 * dropped network never sends its cancellation), and TCP keepalive so idle connections to a vanished host
 * are noticed.
 */
export function poolConfig(url: string, timeoutMs: number): pg.PoolConfig {
  return {
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    idle_in_transaction_session_timeout: timeoutMs,
    // A little longer than the server's own timeout, so the server's cancellation arrives first when it can.
    query_timeout: timeoutMs + 1_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

/**
 * The pool Kysely uses, over pg's: it never lets a broken connection end the process, and retries what is
 * safe to retry.
 *
 * - Every connection and the pool itself have an 'error' listener: pg emits 'error' on an idle connection the
 *   server or the network closed, and an unheard 'error' event ends a Node process.
 * - A connection that failed at the socket level is destroyed when released, never reused.
 * - Connecting is retried when it failed quickly (refused, reset, server starting or shutting down): nothing
 *   was sent, so any unit of work may be retried.
 * - A read (a plain `select` outside a transaction) whose connection broke is retried once on a fresh
 *   connection: reading twice changes nothing. Writes are not retried after they were sent: the server may
 *   have done them, and a second insert would record an answer twice.
 * - Failures that mean the database could not do the work become DatabaseUnavailableError.
 */
export function resilientPool(pool: pg.Pool, options: PostgresPoolOptions): PostgresPool {
  pool.on('error', () => {
    // Already reported by the connection's own listener (below); the pool drops the connection.
  });
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onConnectionLost?.(error));
  });
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const poolSize = pool.options.max ?? 10;

  async function connect(): Promise<pg.PoolClient> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await pool.connect();
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined || !failedQuickly(error)) throw asUnavailable(error);
        options.onRetry?.(`connect: ${(error as { code?: string }).code ?? (error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  function wrap(client: pg.PoolClient): PostgresPoolClient {
    let inTransaction = false;
    let broken = false;
    async function query(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<unknown>> {
      const statement = sql.trimStart().slice(0, 17).toLowerCase();
      if (statement.startsWith('begin') || statement.startsWith('start transaction')) inTransaction = true;
      try {
        return (await client.query(sql, [...parameters])) as PostgresQueryResult<unknown>;
      } catch (error) {
        const failure = postgresFailure(error);
        if (failure === 'connection') broken = true;
        if (failure === 'connection' && !inTransaction && isPlainRead(sql)) {
          options.onRetry?.('read on a broken connection');
          return readOnFreshConnection(sql, parameters);
        }
        throw asUnavailable(error);
      } finally {
        // `rollback to savepoint` leaves the transaction open.
        if (statement.startsWith('commit') || /^rollback(?!\s+to\b)/.test(statement)) inTransaction = false;
      }
    }
    const wrapper = {
      // Kysely passes a cursor only for streamed queries, which the bot does not use.
      query,
      release(discard?: boolean) {
        inTransaction = false;
        // `true` makes pg destroy the connection instead of returning it to the pool.
        client.release(Boolean(discard) || broken);
        broken = false;
      },
    } as PostgresPoolClient;
    return wrapper;
  }

  /**
   * Reads again after a connection broke under a read. The pool may hand back another idle connection that
   * broke the same way and has not heard yet (a server restart or `pg_terminate_backend` ends every session
   * at once, and each hears of it on its own): each is destroyed and the next tried, up to the pool's size,
   * after which the pool can only open new ones.
   */
  async function readOnFreshConnection(
    sql: string,
    parameters: readonly unknown[],
  ): Promise<PostgresQueryResult<unknown>> {
    for (let attempt = 1; ; attempt += 1) {
      const fresh = await connect();
      let failed = false;
      try {
        return (await fresh.query(sql, [...parameters])) as PostgresQueryResult<unknown>;
      } catch (error) {
        failed = postgresFailure(error) === 'connection';
        if (!failed || attempt >= poolSize) throw asUnavailable(error);
      } finally {
        fresh.release(failed);
      }
    }
  }

  return {
    async connect() {
      const client = await connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

/** Failures that arrive at once: retrying soon may succeed. A timeout is not retried (it already waited). */
function failedQuickly(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === '57P01' ||
    code === '57P03' ||
    (error instanceof Error && error.message.includes('Connection terminated unexpectedly'))
  );
}

/** A statement that only reads: `select …` without a locking clause. */
function isPlainRead(sql: string): boolean {
  return (
    /^\s*(select|with)\b/i.test(sql) &&
    !/\bfor\s+(update|no key update|share|key share)\b/i.test(sql) &&
    !/\b(insert|update|delete)\b/i.test(sql)
  );
}

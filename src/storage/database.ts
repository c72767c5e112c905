import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import { poolConfig, resilientPool } from './postgres-pool.js';
import type { Database } from './schema.js';
import { SqliteThread, SqliteThreadDialect } from './sqlite-thread.js';
import { unavailableReason } from './unavailable.js';

export type Engine = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: Engine;
  /** Where it is, for the logs: a file path, or the PostgreSQL host and database (never the password). */
  description: string;
  /**
   * Undefined when the database answers (and, for SQLite, its file is still there and was last written to
   * successfully); otherwise a short reason, for readiness and the logs. Never throws.
   */
  problem(): Promise<string | undefined>;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_PATH = './data/advisor.db';

export type DatabaseTarget = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** DATABASE_URL unset: SQLite at ./data/advisor.db. `file:PATH`: SQLite at PATH. `postgres://...`: PostgreSQL. */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  if (!url) return { engine: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error('DATABASE_URL file: needs a path, e.g. file:./data/advisor.db');
    return { engine: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: 'postgres', url };
  throw new Error('DATABASE_URL must start with file: or postgres://');
}

export interface OpenOptions {
  /** Told when SQLite's thread stops without being asked to (the next query starts a new one). */
  onBackgroundFailure?: (error: Error) => void;
  /** PostgreSQL: connect, statement and idle-in-transaction timeout (ms); default 10 s. */
  timeoutMs?: number;
  /** PostgreSQL: told of a connection that broke (the pool replaces it). */
  onConnectionLost?: (error: Error) => void;
  /** PostgreSQL: told of each unit of work retried after a connection failure. */
  onRetry?: (reason: string) => void;
}

export const DEFAULT_DATABASE_TIMEOUT_MS = 10_000;

export function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): OpenDatabase {
  if (target.engine === 'sqlite') {
    const path = target.path === ':memory:' ? ':memory:' : resolve(target.path);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const thread = new SqliteThread(path, { onFailure: options.onBackgroundFailure });
    const db = new Kysely<Database>({ dialect: new SqliteThreadDialect(thread) });
    return {
      db,
      engine: 'sqlite',
      description: path,
      problem: () => thread.problem(),
      close: () => db.destroy(),
    };
  }
  // Loaded only here: a bot on SQLite (the default) starts without loading the PostgreSQL client at all.
  const { Pool } = createRequire(import.meta.url)('pg') as typeof pg;
  const timeoutMs = options.timeoutMs ?? DEFAULT_DATABASE_TIMEOUT_MS;
  const pool = resilientPool(new Pool(poolConfig(target.url, timeoutMs)), {
    timeoutMs,
    onConnectionLost: options.onConnectionLost,
    onRetry: options.onRetry,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const { hostname, port, pathname } = new URL(target.url);
  return {
    db,
    engine: 'postgres',
    description: `${hostname}:${port || 5432}${pathname}`,
    async problem() {
      try {
        await sql`select 1`.execute(db);
        return undefined;
      } catch (error) {
        return unavailableReason((error as Error).cause ?? error) ?? (error as Error).message;
      }
    },
    close: () => db.destroy(),
  };
}

/** PostgreSQL's current schema (from search_path); undefined on SQLite, which has none. */
async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  try {
    const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    return result.rows[0]?.schema ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Brings the schema up to date. On PostgreSQL Kysely's migrator holds an advisory lock while it works, so
 * several instances starting at once migrate once; SQLite serialises writers itself. `upTo` stops after
 * that migration (tests of upgrades start from an older schema).
 */
export async function migrate(db: Kysely<Database>, upTo?: string): Promise<void> {
  // Our own names for the bookkeeping tables, in the connection's own schema on PostgreSQL: another Kysely
  // app (or another schema) in the same database must not look like our history.
  const schema = await currentSchema(db);
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: 'advisor_migration',
    migrationLockTableName: 'advisor_migration_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`.replace('  ', ' '));
  }
}

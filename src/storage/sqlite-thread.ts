import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  SqliteAdapter,
  SqliteDialect,
  type TransactionSettings,
} from 'kysely';
import { asUnavailable, unavailableReason } from './unavailable.js';

/** Prepared statements the thread keeps: ours number a few dozen; `in (?, ?, …)` lists of many lengths make more. */
const STATEMENT_CACHE_SIZE = 500;

export interface SqliteThreadOptions {
  /** Told when the thread stops without being asked to; the next query starts a new one. */
  onFailure?: (error: Error) => void;
  /** The better-sqlite3 module the thread loads (a test points it at a broken one). */
  modulePath?: string;
}

/**
 * The thread's code. It is CommonJS run from a string, so it works the same from the bundle in `dist/` and
 * from the TypeScript sources under vitest, and loads better-sqlite3 from the path the main thread resolved.
 *
 * Each prepared statement is kept (least recently used of STATEMENT_CACHE_SIZE dropped): preparing parses
 * and plans the SQL, which cost about as much as running our small queries. SQLite's own checkpoints (the
 * write-ahead log copied into the database file every 1,000 pages, with an fsync) run here, on the
 * committing connection, so they hold up only this thread's next queries, never the event loop.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
function serve() {
  let db;
  let opened;
  try {
    const Database = require(workerData.modulePath);
    db = new Database(workerData.path, { timeout: 5000 });
    // WAL lets readers in other processes work during a write; NORMAL is durable across a crash in WAL mode.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // No memory-mapped reads of the database file: an I/O error on a mapped page (a full or failing disk, a
    // file truncated underneath) arrives as SIGBUS, which ends the process without a word, instead of as an
    // error SQLite can return.
    db.pragma('mmap_size = 0');
    // A first read opens the write-ahead log and its shared-memory file beside the database, which stay
    // while this connection is open: how another process's failed start sees the file is in use here and
    // leaves it (src/startup/disk-footprint.ts).
    db.prepare('select count(*) from sqlite_schema').get();
    if (workerData.path !== ':memory:') opened = statSync(workerData.path);
  } catch (error) {
    parentPort.postMessage({ ready: false, error: { message: error.message, code: error.code } });
    return;
  }
  // The file this connection has open must still be the one at the path: SQLite keeps writing into a file
  // that was deleted (or whose folder was), and everything written would be lost at the next start. Checked
  // before every statement: a stat costs a few microseconds, on this thread.
  function checkFile() {
    if (!opened) return;
    let now;
    try {
      now = statSync(workerData.path);
    } catch {
      now = undefined;
    }
    if (!now || now.ino !== opened.ino || now.dev !== opened.dev) {
      const error = new Error('the database file was deleted or replaced: ' + workerData.path);
      error.code = 'SQLITE_VANISHED';
      throw error;
    }
  }
  const statements = new Map();
  function prepare(sql) {
    let statement = statements.get(sql);
    if (statement) {
      statements.delete(sql);
    } else {
      statement = db.prepare(sql);
      if (statements.size >= workerData.cacheSize) statements.delete(statements.keys().next().value);
    }
    statements.set(sql, statement);
    return statement;
  }
  parentPort.on('message', (message) => {
    if (message === 'close') {
      db.close();
      parentPort.close();
      return;
    }
    const { id, sql, parameters } = message;
    try {
      checkFile();
      const statement = prepare(sql);
      if (statement.reader) {
        parentPort.postMessage({ id, rows: statement.all(parameters) });
      } else {
        const { changes, lastInsertRowid } = statement.run(parameters);
        parentPort.postMessage({ id, changes, lastInsertRowid });
      }
    } catch (error) {
      parentPort.postMessage({ id, error: { message: error.message, code: error.code } });
    }
  });
  parentPort.postMessage({ ready: true });
}
serve();
`;

type Reply =
  | { id: number; rows: unknown[] }
  | { id: number; changes: number; lastInsertRowid: number | bigint }
  | { id: number; error: { message: string; code?: string } };

type Pending = { resolve: (result: QueryResult<unknown>) => void; reject: (error: Error) => void };

/** An error from SQLite in the thread, with its code (`SQLITE_CONSTRAINT_UNIQUE`, …). */
export class SqliteThreadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'SqliteError';
  }
}

/**
 * One SQLite connection in a worker thread of its own. The bot's queries are small but ran on the event
 * loop between everything else a request does, so they found SQLite's code and pages cold each time: the
 * answer's two statements took 0.4 ms there against 0.12 ms alone (BENCHMARKS.md). Here they run on the
 * other core with warm caches, and the event loop only sends the SQL and receives the rows.
 */
export class SqliteThread {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing = false;
  /** Why the last write failed, when the file could not be written; cleared by a write that succeeds. */
  private writeProblem: string | undefined;

  constructor(
    readonly path: string,
    private readonly options: SqliteThreadOptions = {},
  ) {}

  /** Starts the thread (at once, so a database that cannot be opened fails start-up, not a later query). */
  start(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= this.spawn().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async query(sql: string, parameters: readonly unknown[]): Promise<QueryResult<unknown>> {
    if (this.closing) throw new Error('the database is closed');
    const worker = this.worker ?? (await this.start());
    const id = this.nextId++;
    // Held while a query is out, so a process with nothing else to do waits for its answer; let go when idle.
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, sql, parameters });
    });
  }

  /**
   * Undefined when the database answers and was last written to successfully; otherwise why not (readiness).
   * The query checks that the file is still the one opened.
   */
  async problem(): Promise<string | undefined> {
    try {
      await this.query('select 1', []);
    } catch (error) {
      return (error as { code?: string }).code ?? (error as Error).message;
    }
    return this.writeProblem;
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker ?? (await this.starting?.catch(() => undefined));
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private spawn(): Promise<Worker> {
    const modulePath = this.options.modulePath ?? createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path: this.path, modulePath, cacheSize: STATEMENT_CACHE_SIZE },
    });
    return new Promise((resolve, reject) => {
      let ready = false;
      let failure: Error | undefined;
      worker.on('message', (message: Reply | { ready: boolean; error?: { message: string } }) => {
        if ('ready' in message) {
          if (message.ready) {
            ready = true;
            this.worker = worker;
            // An idle bot must still exit when asked: the thread alone does not keep the process alive.
            worker.unref();
            resolve(worker);
          } else {
            reject(new Error(`cannot open the SQLite database ${this.path}: ${message.error?.message}`));
          }
          return;
        }
        this.settle(message);
      });
      worker.on('error', (error) => {
        failure = error;
      });
      worker.once('exit', (code) => {
        if (this.worker === worker) this.worker = undefined;
        const error = failure ?? new Error(`the SQLite thread exited with code ${code}`);
        for (const [id, { reject: rejectQuery }] of this.pending) {
          this.pending.delete(id);
          rejectQuery(error);
        }
        if (!ready) reject(error);
        else if (!this.closing) this.options.onFailure?.(error);
      });
    });
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0 && !this.closing) this.worker?.unref();
    if ('error' in reply) {
      const error = new SqliteThreadError(reply.error.message, reply.error.code);
      if (unavailableReason(error)) this.writeProblem = reply.error.code;
      waiting.reject(error);
    } else if ('rows' in reply) {
      waiting.resolve({ rows: reply.rows });
    } else {
      this.writeProblem = undefined;
      waiting.resolve({
        numAffectedRows: BigInt(reply.changes),
        insertId: BigInt(reply.lastInsertRowid),
        rows: [],
      });
    }
  }
}

/** Kysely's SQLite dialect (its SQL, adapter and introspection) over a connection in its own thread. */
export class SqliteThreadDialect extends SqliteDialect {
  constructor(private readonly thread: SqliteThread) {
    // The database option is for Kysely's own driver, which this dialect replaces.
    super({ database: async () => Promise.reject(new Error('unused')) });
  }

  override createDriver(): Driver {
    return new SqliteThreadDriver(this.thread);
  }

  override createAdapter(): DialectAdapter {
    return new SqliteMigrationAdapter();
  }
}

/**
 * Kysely's SQLite adapter runs migrations outside a transaction and takes no lock, as if one connection were
 * all there is. Two processes starting on one fresh file then both find a migration missing and both run it
 * ("table already exists", "UNIQUE constraint failed: advisor_migration.name"). SQLite's DDL is
 * transactional, so the migrator may run them in one: begun IMMEDIATE (below), it holds the file's write
 * lock from before the migrator reads what has run until it commits, so a second process waits (up to the
 * busy timeout) and then finds every migration done.
 */
class SqliteMigrationAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** One connection, as SQLite has: a query or a transaction holds it until released. */
class SqliteThreadDriver implements Driver {
  private readonly connection: SqliteThreadConnection;
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;

  constructor(private readonly thread: SqliteThread) {
    this.connection = new SqliteThreadConnection(thread);
  }

  async init(): Promise<void> {
    await this.thread.start();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => {
      this.release = resolve;
    });
    return this.connection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.held = undefined;
    this.release = undefined;
    release?.();
  }

  /**
   * IMMEDIATE: the write lock is taken at `begin`, waiting for another process's writer (the busy timeout),
   * instead of at the first write, where a transaction that read first fails at once with SQLITE_BUSY if
   * another process wrote meanwhile. Every transaction here writes.
   */
  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.thread.close();
  }
}

class SqliteThreadConnection implements DatabaseConnection {
  constructor(private readonly thread: SqliteThread) {}

  async executeQuery<Row>(compiledQuery: CompiledQuery): Promise<QueryResult<Row>> {
    try {
      return (await this.thread.query(compiledQuery.sql, compiledQuery.parameters)) as QueryResult<Row>;
    } catch (error) {
      throw asUnavailable(error);
    }
  }

  /** Rows come whole from the thread; a stream hands them out one by one. */
  async *streamQuery<Row>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<Row>> {
    if (!SelectQueryNode.is(compiledQuery.query)) {
      throw new Error('SQLite streams only select queries');
    }
    const { rows } = await this.executeQuery<Row>(compiledQuery);
    for (const row of rows) yield { rows: [row] };
  }
}

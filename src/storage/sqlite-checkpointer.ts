import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** How often the background thread copies the write-ahead log into the database file. */
export const CHECKPOINT_INTERVAL_MS = 1_000;

/** The log size at which the thread starts: about 256 pages, a quarter of what SQLite checkpoints at. */
export const START_AFTER_LOG_BYTES = 1024 * 1024;

/**
 * The log size, in pages, past which the thread also starts the log over (about 16 MB with 4 KB pages; one
 * of SQLite's 4,096-frame index blocks, so reads stay quick).
 */
export const RESTART_AFTER_LOG_PAGES = 4_000;

/** SQLite's own default: a checkpoint by the writer whenever the log passes this many pages. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1_000;

/** What one background checkpoint did, in pages of the write-ahead log. */
export interface CheckpointResult {
  /** Pages in the log. */
  log: number;
  /** Pages copied into the database file (all of them unless a reader still needs some). */
  checkpointed: number;
  /** True when the log had passed the restart size and the thread had the next write start it over. */
  restarted: boolean;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  /** Told about every checkpoint (tests watch it). */
  onCheckpoint?: (result: CheckpointResult) => void;
  /** Told when the thread fails; the connection has gone back to checkpointing by itself by then. */
  onFailure?: (error: Error) => void;
  /** Start the thread once the write-ahead log is this large (tests start it at once with 0). */
  startAfterLogBytes?: number;
  /** Told when the thread starts. */
  onStart?: () => void;
  /** The better-sqlite3 module the thread loads (a test points it at a broken one). */
  modulePath?: string;
  /** Pages of log past which the thread has the log started over (tests use a small number). */
  restartAfterLogPages?: number;
}

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * The thread's code. It is CommonJS run from a string, so it works the same from `dist/` and from the
 * TypeScript sources under vitest, and loads better-sqlite3 from the path the main thread resolved.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.modulePath);
const db = new Database(workerData.path, { timeout: 5000 });
const timer = setInterval(() => {
  const [row] = db.pragma('wal_checkpoint(PASSIVE)');
  if (!row || row.log <= 0) return;
  // SQLite starts the log over only when a write finds every page of it copied, and under writes that never
  // pause a passive checkpoint never quite catches up: the log would grow without end, and reads slow down as
  // it does. RESTART copies the few pages the passive pass left, holding new writes back meanwhile (a few
  // milliseconds, once per restart size of log), and the next write starts the log from the beginning.
  const restarted = row.log >= workerData.restartAfterLogPages;
  if (restarted) db.pragma('wal_checkpoint(RESTART)');
  parentPort.postMessage({ log: row.log, checkpointed: row.checkpointed, restarted });
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Moves SQLite's checkpoints off the event loop. In WAL mode the connection that commits also copies the log
 * into the database file once the log passes 1,000 pages, and that copy (with its fsync) blocked every
 * request in flight for several milliseconds every few hundred answers. Here the committing connection never
 * checkpoints; a worker thread with its own connection does a passive checkpoint every second, which never
 * blocks writers, and starts the log over once it passes RESTART_AFTER_LOG_PAGES (under sustained writes it
 * grew past 70 MB in a minute without that, and each read got slower with it). The thread starts once the
 * log passes a megabyte, so an idle bot does without it. If the thread fails, the connection goes back to
 * checkpointing by itself.
 */
export function startCheckpointer(
  connection: BetterSqlite3.Database,
  path: string,
  options: CheckpointerOptions = {},
): Checkpointer {
  let stopped = false;
  let running: { stop(): Promise<void> } | undefined;
  // The thread costs a few megabytes of its own, so it starts only once the log shows real writing: an idle
  // bot never needs it. Until then SQLite checkpoints as it always does.
  const threshold = options.startAfterLogBytes ?? START_AFTER_LOG_BYTES;
  const watch = setInterval(() => {
    stat(`${path}-wal`).then(
      (log) => {
        if (stopped || running || log.size < threshold) return;
        clearInterval(watch);
        running = startThread(connection, path, options);
      },
      () => {}, // no log yet
    );
  }, options.intervalMs ?? CHECKPOINT_INTERVAL_MS);
  watch.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(watch);
      await running?.stop();
    },
  };
}

function startThread(
  connection: BetterSqlite3.Database,
  path: string,
  options: CheckpointerOptions,
): { stop(): Promise<void> } {
  const modulePath = options.modulePath ?? createRequire(import.meta.url).resolve('better-sqlite3');
  connection.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      path,
      modulePath,
      intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS,
      restartAfterLogPages: options.restartAfterLogPages ?? RESTART_AFTER_LOG_PAGES,
    },
  });
  options.onStart?.();
  let stopped = false;
  let failure: Error | undefined;
  worker.on('message', (result: CheckpointResult) => options.onCheckpoint?.(result));
  worker.on('error', (error) => {
    failure = error;
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      if (!stopped && connection.open) {
        connection.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
        options.onFailure?.(failure ?? new Error(`the checkpoint thread exited with code ${code}`));
      }
      resolve();
    }),
  );
  // Background upkeep must not keep the process alive on its own (after the listeners: adding a message
  // listener refs the worker again).
  worker.unref();
  return {
    async stop() {
      if (!stopped) {
        stopped = true;
        // Held until the thread has closed its connection: otherwise a process with nothing else to do
        // would exit mid-shutdown with its top-level await unsettled.
        worker.ref();
        worker.postMessage('stop');
      }
      await exited;
    },
  };
}

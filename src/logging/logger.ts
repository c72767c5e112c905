import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import pino, { type Logger } from 'pino';

/** Field names that may carry a secret anywhere in a log object; pino replaces their values. */
const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'authorization',
  'headers.authorization',
  '*.token',
  '*.botToken',
  '*.authorization',
];

/** Log lines are written to standard output once this much is waiting... */
const LOG_BATCH_BYTES = 4_096;
/** ...or this long after the last write, whichever comes first. */
const LOG_FLUSH_MS = 200;
/** pino's number for warn: lines at this level or above are written at once. */
const WARN_LEVEL = 40;

export function createLogger(
  options: { level: string; format: 'json' | 'pretty' },
  destination?: pino.DestinationStream,
): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    base: { service: 'ai-team-advisor' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(options.format === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  };
  if (destination) return pino(settings, destination);
  if (options.format === 'pretty') return pino(settings);
  // Standard output, written without blocking, in batches: pino's default writes each line synchronously,
  // which cost about 40 µs of the event loop per request line when stdout is a file (`npm run bench`), and a
  // write per line, even asynchronous, was still a fifth of a `/aiteam help` request's CPU (its profile in
  // BENCHMARKS.md). Info and debug lines go out once LOG_BATCH_BYTES are waiting or within LOG_FLUSH_MS,
  // whichever comes first, in order; a warning or an error goes out at once, with what waited before it.
  // pino flushes what is pending when the process exits, crash included; only a kill -9 can lose the last few.
  const stdout = pino.destination({
    dest: 1,
    sync: false,
    minLength: LOG_BATCH_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  });
  const logger = pino(
    {
      ...settings,
      hooks: {
        logMethod(args, method, level) {
          method.apply(this, args);
          if (level >= WARN_LEVEL) stdout.flush();
        },
      },
    },
    stdout,
  );
  destinations.set(logger, stdout);
  return logger;
}

const destinations = new WeakMap<Logger, pino.DestinationStream & NodeJS.EventEmitter>();

/**
 * Waits until the lines logged so far have been written to standard output, or its reader is gone, or
 * `timeoutMs` passed; call it after the last line and before process.exit. At exit pino writes what is
 * still pending synchronously, and its writer retries a failing synchronous write forever unless the error is
 * EAGAIN: with nobody left reading standard output (EPIPE), the process would never end. Once the writes
 * have settled here there is nothing left to write, or the broken pipe was seen (pino then stops writing).
 */
export function logsWritten(logger: Logger, timeoutMs: number): Promise<void> {
  const stdout = destinations.get(logger);
  if (!stdout) return Promise.resolve();
  // Nothing pending (sonic-boom's count of bytes not yet written; when a version lacks it, the wait below
  // ends at the next 'drain' or the timeout): no 'drain' will come, so there is nothing to wait for.
  if ((stdout as { _len?: number })._len === 0) return Promise.resolve();
  return new Promise((resolve) => {
    // Lines held for a batch are written now, not at the next periodic flush.
    (stdout as { flush?: () => void }).flush?.();
    const done = () => {
      clearTimeout(timer);
      stdout.off('drain', done);
      stdout.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    stdout.once('drain', done);
    stdout.once('error', done);
  });
}

/**
 * Bolt and the Web API client log through this. Their debug output carries request and response bodies
 * (message text, what people typed), which must never reach the logs, so it is dropped at every level; their
 * info, warnings and errors come through.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  const write = (level: 'info' | 'warn' | 'error', messages: unknown[]) => {
    const error = messages.find((message): message is Error => message instanceof Error);
    const text = messages
      .filter((message) => !(message instanceof Error))
      .map((message) => (typeof message === 'string' ? message : JSON.stringify(message)))
      .join(' ');
    if (error) child[level]({ err: error }, text || error.message);
    else child[level](text);
  };
  return {
    debug: () => {},
    info: (...messages) => write('info', messages),
    warn: (...messages) => write('warn', messages),
    error: (...messages) => write('error', messages),
    setLevel: () => {
      // The level is LOG_LEVEL's, set once for the whole process.
    },
    getLevel: () => (logger.isLevelEnabled('debug') ? LogLevel.DEBUG : LogLevel.INFO),
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}

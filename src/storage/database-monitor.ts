import type { Logger } from 'pino';
import type { OpenDatabase } from './database.js';

export interface DatabaseMonitorOptions {
  /** A check answered within this long is reused, so frequent probes do not each query the database. */
  cacheMs?: number;
  /** A check that takes longer than this counts as a failure ("timeout"). */
  timeoutMs: number;
}

/**
 * Whether the database can do the bot's work right now, for readiness, and the log lines an operator needs:
 * one error when it becomes unavailable (with why), one line when it is back. Checks run on demand (each
 * /readyz) and on a timer, so a failure is logged even when nobody is probing.
 */
export class DatabaseMonitor {
  private last: { problem: string | undefined; at: number } | undefined;
  private checking: Promise<string | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly cacheMs: number;

  constructor(
    private readonly database: Pick<OpenDatabase, 'problem' | 'description' | 'engine'>,
    private readonly logger: Logger,
    private readonly options: DatabaseMonitorOptions,
  ) {
    this.cacheMs = options.cacheMs ?? 1_000;
  }

  /** Undefined when the database is usable; otherwise a short reason. */
  problem(): Promise<string | undefined> {
    if (this.last && Date.now() - this.last.at < this.cacheMs) return Promise.resolve(this.last.problem);
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /** Checks every `intervalMs` in the background; the timer never keeps the process alive. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.problem(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async check(): Promise<string | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
    });
    const problem = await Promise.race([this.database.problem(), timeout]).finally(() => clearTimeout(timer));
    const before = this.last;
    this.last = { problem, at: Date.now() };
    const where = { engine: this.database.engine, database: this.database.description };
    if (problem !== undefined && before?.problem !== problem) {
      this.logger.error(
        { ...where, reason: problem },
        'database unavailable: readiness fails and requests that need it are told to try again',
      );
    } else if (problem === undefined && before?.problem !== undefined) {
      this.logger.info(where, 'database available again');
    }
    return problem;
  }
}

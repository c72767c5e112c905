import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { countNoun } from '../advisor/index.js';
import type { Clock } from '../clock.js';
import type { ClaimedReminder, Reminder, ReminderStore } from './reminder-store.js';
import { nextOccurrence } from './rule.js';

/** The Slack side of a delivery, behind an interface so the scheduler can be tested and benchmarked alone. */
export interface ReminderChannel {
  /**
   * Posts the reminder's current occurrence in its channel, marked so findPosted can recognise it; throws a
   * DeliveryError (anything else is treated as `uncertain`).
   */
  post(reminder: Reminder): Promise<{ ts: string | null }>;
  /**
   * Looks in the channel for the current occurrence's post, made by an attempt that began at `since` and
   * never recorded its end; its ts, or null when it is not there.
   */
  findPosted(reminder: Reminder, since: number): Promise<{ ts: string } | null>;
  /** Tells the creator their reminder was paused, and why. */
  notifyPaused(reminder: Reminder, reason: string): Promise<void>;
}

/**
 * How a post failed, which decides what happens next:
 * - `permanent`: it can never succeed without someone acting (the channel is gone, the app was removed or its
 *   token revoked): paused at once.
 * - `token`: the token was rejected (`invalid_auth`), which can be brief: retried with backoff for a bounded
 *   time (`tokenRetryMs`), then paused.
 * - `refused`: Slack answered and posted nothing (a 429, another error): retried with backoff, or after the
 *   Retry-After Slack gave.
 * - `uncertain`: no answer (a timeout, a reset connection, a 5xx): the post may have reached the channel, so
 *   the next attempt looks for it before posting again.
 */
export type FailureKind = 'permanent' | 'token' | 'refused' | 'uncertain';

export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly kind: FailureKind,
    /** Slack's Retry-After, for a 429. */
    readonly retryAfterMs?: number,
  ) {
    super(code);
    this.name = 'DeliveryError';
  }
}

export interface SchedulerOptions {
  store: ReminderStore;
  channel: ReminderChannel;
  clock: Clock;
  logger: Logger;
  /** Names this instance in leases; unique per process. */
  instanceId?: string;
  /** How long a claim holds before another instance may take the reminder over. */
  leaseMs?: number;
  /** Reminders claimed per query. */
  batchSize?: number;
  /** How often to look for due reminders (with ±20% jitter, so instances do not poll in lockstep). */
  pollMs?: number;
  /** Slack allows about one message a second per channel. */
  channelSpacingMs?: number;
  /** Channels delivered to at once. */
  concurrency?: number;
  /** Attempts after which a reminder that keeps failing is paused. */
  maxAttempts?: number;
  /** How long a rejected token (`invalid_auth`) is retried, from the first failure, before pausing. */
  tokenRetryMs?: number;
  /** How long to wait before trying again to tell a creator their reminder was paused. */
  noticeRetryMs?: number;
}

/** Defaults: a token rejected for an hour is not a hiccup; a failed pause notice is tried every 15 minutes. */
export const TOKEN_RETRY_MS = 60 * 60_000;
export const NOTICE_RETRY_MS = 15 * 60_000;

/**
 * Delivers due reminders from the database, on any number of instances: each claims a batch with a lease,
 * posts, records the delivery and moves the reminder to its next occurrence after now (so after downtime a
 * reminder is sent once, not once per missed period). The loop also runs at start, so a restart catches up
 * at once. Failures back off and retry; a failure that can never succeed pauses the reminder and tells its
 * creator.
 */
export class ReminderScheduler {
  private readonly store: ReminderStore;
  private readonly channel: ReminderChannel;
  private readonly clock: Clock;
  private readonly logger: Logger;
  readonly instanceId: string;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly channelSpacingMs: number;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly tokenRetryMs: number;
  private readonly noticeRetryMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  /** Between start() and stop(): rounds repeat on a timer. */
  private polling = false;
  /** stop() was called: a round in progress finishes its batch and claims no more. */
  private shuttingDown = false;
  private readonly lastPostAt = new Map<string, number>();

  constructor(options: SchedulerOptions) {
    this.store = options.store;
    this.channel = options.channel;
    this.clock = options.clock;
    this.logger = options.logger.child({ component: 'reminders' });
    this.instanceId =
      options.instanceId ?? `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batchSize = options.batchSize ?? 50;
    this.pollMs = options.pollMs ?? 15_000;
    this.channelSpacingMs = options.channelSpacingMs ?? 1_100;
    this.concurrency = options.concurrency ?? 8;
    this.maxAttempts = options.maxAttempts ?? 20;
    this.tokenRetryMs = options.tokenRetryMs ?? TOKEN_RETRY_MS;
    this.noticeRetryMs = options.noticeRetryMs ?? NOTICE_RETRY_MS;
  }

  /** Delivers what is due now, then keeps polling. */
  start(): void {
    this.polling = true;
    this.shuttingDown = false;
    this.schedule(0);
  }

  /** No new rounds; the round in progress finishes the deliveries it started and releases the rest. */
  async stop(): Promise<void> {
    this.polling = false;
    this.shuttingDown = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (!this.polling) return;
    this.timer = setTimeout(() => {
      void this.tick()
        .catch((error) => this.logger.error({ error: (error as Error).message }, 'reminder round failed'))
        .finally(() => this.schedule(this.pollMs * (0.8 + Math.random() * 0.4)));
    }, delayMs);
  }

  /** One round: claim and deliver until nothing is due. Returns how many reminders were handled. */
  tick(): Promise<number> {
    this.running ??= this.round().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async round(): Promise<number> {
    let handled = 0;
    for (;;) {
      const now = this.clock.now().getTime();
      const claimed = await this.store.claimDue(now, this.batchSize, this.instanceId, now + this.leaseMs);
      if (claimed.length > 0) await this.deliverAll(claimed);
      handled += claimed.length;
      if (claimed.length < this.batchSize || this.shuttingDown) break;
    }
    await this.sendPauseNotices();
    // At debug level, so a test (or an operator chasing a stuck reminder) can see each round end.
    this.logger.debug({ handled }, 'reminder round done');
    return handled;
  }

  /**
   * Tells creators about reminders paused since, or not yet told: the first notice often fails with the very
   * token that paused the reminder, so it is tried again every `noticeRetryMs` until the token works.
   */
  private async sendPauseNotices(): Promise<void> {
    const now = this.now();
    const pending = await this.store.claimPauseNotices(now, this.batchSize, now + this.noticeRetryMs);
    for (const reminder of pending) {
      const reason = reminder.pausedReason ?? 'delivery failed';
      try {
        await this.channel.notifyPaused(reminder, reason);
        await this.store.pauseNoticeSent(reminder);
        this.logger.info({ reminder: reminder.id, reason }, 'told the creator their reminder was paused');
      } catch (error) {
        this.logger.warn(
          { reminder: reminder.id, error: failureCode(error), retryAt: now + this.noticeRetryMs },
          'could not tell the creator their reminder was paused; will try again',
        );
      }
    }
  }

  /** One channel at a time in order (spaced out), several channels at once. */
  private async deliverAll(claimed: ClaimedReminder[]): Promise<void> {
    const byChannel = new Map<string, ClaimedReminder[]>();
    for (const reminder of claimed) {
      const key = `${reminder.workspaceId}/${reminder.channelId}`;
      byChannel.set(key, [...(byChannel.get(key) ?? []), reminder]);
    }
    const queues = [...byChannel.values()];
    const workers = Array.from({ length: Math.min(this.concurrency, queues.length) }, async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        for (const reminder of queue) {
          // Stopping: what this instance has not started is handed back now, not when its lease runs out.
          if (this.shuttingDown) await this.giveBack(reminder);
          else await this.deliver(reminder);
        }
      }
    });
    await Promise.all(workers);
  }

  private async deliver(reminder: ClaimedReminder): Promise<void> {
    const log = this.logger.child({
      reminder: reminder.id,
      channel: reminder.channelId,
      dueAt: reminder.nextDueAt,
    });
    let posting = false;
    try {
      const start = await this.store.beginDelivery(reminder, this.now());
      let ts: string | null = null;
      let outcome: 'sent' | 'already_sent' | 'found_posted' = 'already_sent';
      if (start.state !== 'sent') {
        await this.spaceOut(`${reminder.workspaceId}/${reminder.channelId}`);
        // The batch may have waited (spacing, a slow channel): post only while still holding the reminder.
        if (!(await this.store.renewLease(reminder, this.now() + this.leaseMs))) {
          log.info(
            { outcome: 'lease_lost' },
            'reminder taken over, stopped or changed meanwhile; not posted',
          );
          return;
        }
        // An earlier attempt may have reached Slack (it timed out, or its instance died): look before posting.
        const found =
          start.state === 'uncertain'
            ? await this.holdingLease(reminder, log, () => this.channel.findPosted(reminder, start.since))
            : null;
        if (found) {
          ts = found.ts;
          outcome = 'found_posted';
        } else {
          posting = true;
          // The spacing counts from when a post goes out, after the lease renewal before it.
          this.lastPostAt.set(`${reminder.workspaceId}/${reminder.channelId}`, Date.now());
          ts = (await this.holdingLease(reminder, log, () => this.channel.post(reminder))).ts;
          outcome = 'sent';
        }
      }
      const now = this.now();
      const next = nextOccurrence(reminder.rule, reminder.timeZone, Math.max(now, reminder.nextDueAt));
      await this.store.completeDelivery(
        reminder,
        { messageTs: ts, now },
        next && { occurrence: next.index, at: next.at },
      );
      log.info({ outcome, next: next?.at ?? null }, 'reminder delivered');
    } catch (error) {
      await this.failed(reminder, error, log, posting);
    }
  }

  private async giveBack(reminder: ClaimedReminder): Promise<void> {
    await this.store
      .giveBack(reminder, this.now())
      .catch((error) =>
        this.logger.warn(
          { reminder: reminder.id, error: (error as Error).message },
          'could not release a reminder while stopping; its lease expires instead',
        ),
      );
  }

  /**
   * Runs a Slack call while renewing the lease every third of its length, so a slow Slack never lets the
   * lease run out under a post in flight. If a renewal fails the reminder is no longer ours; the call cannot
   * be recalled, but the Web API client's timeout (shorter than the two thirds of the lease still left) ends
   * it before another instance may take over, and that instance looks for the post before posting.
   */
  private async holdingLease<T>(reminder: ClaimedReminder, log: Logger, call: () => Promise<T>): Promise<T> {
    const renew = async () => {
      const held = await this.store.renewLease(reminder, this.now() + this.leaseMs).catch((error) => {
        log.warn({ error: failureCode(error) }, 'could not renew the lease');
        return false;
      });
      if (!held) {
        clearInterval(timer);
        log.warn({ outcome: 'lease_lost' }, 'lease lost while a Slack call was in flight');
      }
    };
    const timer = setInterval(() => void renew(), Math.max(1, Math.floor(this.leaseMs / 3)));
    try {
      return await call();
    } finally {
      clearInterval(timer);
    }
  }

  private async failed(
    reminder: ClaimedReminder,
    error: unknown,
    log: Logger,
    posting: boolean,
  ): Promise<void> {
    const code = failureCode(error);
    const kind: FailureKind = error instanceof DeliveryError ? error.kind : 'uncertain';
    const now = this.now();
    // Slack answered the post and posted nothing: the next attempt need not look for it.
    if (posting && kind !== 'uncertain') await this.store.forgetAttempt(reminder);
    const failingFor = now - (reminder.failingSince ?? now);
    let reason: string | undefined;
    if (kind === 'permanent') reason = code;
    else if (kind === 'token' && failingFor >= this.tokenRetryMs) reason = code;
    // A rejected token is bounded by its window alone (a long window needs more than maxAttempts tries).
    else if (kind !== 'token' && reminder.attempts + 1 >= this.maxAttempts)
      reason = `failed ${countNoun(this.maxAttempts, 'time')} (${code})`;
    if (reason !== undefined) {
      log.warn({ outcome: 'paused', error: code, kind }, 'reminder paused: delivery cannot succeed');
      await this.store.pause(reminder, reason, now);
      return;
    }
    const retryAfter = error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0;
    let retryAt = now + Math.max(backoffMs(reminder.attempts), retryAfter);
    // The last try for a rejected token falls at the end of its window, so it pauses then, not up to an hour on.
    if (kind === 'token') retryAt = Math.min(retryAt, (reminder.failingSince ?? now) + this.tokenRetryMs);
    log.warn(
      { outcome: 'retry', error: code, kind, attempts: reminder.attempts + 1, retryAt },
      'reminder delivery failed; will retry',
    );
    await this.store.retryLater(reminder, retryAt, code, now);
  }

  /**
   * At least `channelSpacingMs` between this instance's posts to one channel. A wait in real time (the
   * injected clock decides what is due; timers decide how long to pause). Several instances are not
   * coordinated here; Slack answers a burst with 429 and Retry-After, which the Web API client waits out.
   */
  private async spaceOut(channelKey: string): Promise<void> {
    const last = this.lastPostAt.get(channelKey);
    const wait = last === undefined ? 0 : last + this.channelSpacingMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastPostAt.set(channelKey, Date.now());
    // Forget channels that have been quiet for longer than the spacing, so the map stays small.
    if (this.lastPostAt.size > 1_000) {
      const cutoff = Date.now() - this.channelSpacingMs;
      for (const [channel, at] of this.lastPostAt) if (at < cutoff) this.lastPostAt.delete(channel);
    }
  }

  private now(): number {
    return this.clock.now().getTime();
  }
}

function failureCode(error: unknown): string {
  if (error instanceof DeliveryError) return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** 30 s, 1 min, 2 min, ... up to an hour, with jitter so retries from many reminders spread out. */
export function backoffMs(previousAttempts: number): number {
  const base = Math.min(30_000 * 2 ** previousAttempts, 60 * 60_000);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

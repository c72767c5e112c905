import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Clock } from '../clock.js';
import type { ClaimedReminder, Reminder, ReminderStore } from './reminder-store.js';
import { nextOccurrence } from './rule.js';

/** The Slack side of a delivery, behind an interface so the scheduler can be tested and benchmarked alone. */
export interface ReminderChannel {
  /** Posts the reminder in its channel; throws a DeliveryError (or anything else, treated as temporary). */
  post(reminder: Reminder): Promise<{ ts: string | null }>;
  /** Tells the creator their reminder was paused, and why. */
  notifyPaused(reminder: Reminder, reason: string): Promise<void>;
}

/** A failed post; `permanent` when retrying can never help (the channel is gone, the bot was removed). */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
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
}

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
      if (claimed.length === 0) return handled;
      await this.deliverAll(claimed);
      handled += claimed.length;
      if (claimed.length < this.batchSize || this.shuttingDown) return handled;
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
    try {
      const notYetPosted = await this.store.beginDelivery(reminder, this.now());
      let ts: string | null = null;
      if (notYetPosted) {
        await this.spaceOut(`${reminder.workspaceId}/${reminder.channelId}`);
        // The batch may have waited (spacing, a slow channel): post only while still holding the reminder.
        if (!(await this.store.renewLease(reminder, this.now() + this.leaseMs))) {
          log.info(
            { outcome: 'lease_lost' },
            'reminder taken over, stopped or changed meanwhile; not posted',
          );
          return;
        }
        ts = (await this.channel.post(reminder)).ts;
      }
      const now = this.now();
      const next = nextOccurrence(reminder.rule, reminder.timeZone, Math.max(now, reminder.nextDueAt));
      await this.store.completeDelivery(
        reminder,
        { messageTs: ts, now },
        next && { occurrence: next.index, at: next.at },
      );
      log.info(
        { outcome: notYetPosted ? 'sent' : 'already_sent', next: next?.at ?? null },
        'reminder delivered',
      );
    } catch (error) {
      await this.failed(reminder, error, log);
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

  private async failed(reminder: ClaimedReminder, error: unknown, log: Logger): Promise<void> {
    const code = error instanceof DeliveryError ? error.code : (error as Error).message;
    const now = this.now();
    const permanent = error instanceof DeliveryError && error.permanent;
    const giveUp = reminder.attempts + 1 >= this.maxAttempts;
    if (permanent || giveUp) {
      const reason = permanent ? code : `failed ${this.maxAttempts} times (${code})`;
      log.warn({ outcome: 'paused', error: code }, 'reminder paused: delivery cannot succeed');
      await this.store.pause(reminder, reason, now);
      await this.channel
        .notifyPaused(reminder, reason)
        .catch((notifyError) =>
          log.error({ error: (notifyError as Error).message }, 'could not tell the creator'),
        );
      return;
    }
    const retryAt = now + backoffMs(reminder.attempts);
    log.warn(
      { outcome: 'retry', error: code, attempts: reminder.attempts + 1, retryAt },
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

/** 30 s, 1 min, 2 min, ... up to an hour, with jitter so retries from many reminders spread out. */
export function backoffMs(previousAttempts: number): number {
  const base = Math.min(30_000 * 2 ** previousAttempts, 60 * 60_000);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

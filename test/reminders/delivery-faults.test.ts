import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ReminderRule, reminderRuleSchema } from '../../src/reminders/rule.js';
import { DeliveryError, ReminderScheduler } from '../../src/reminders/scheduler.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { RecordingChannel } from './recording-channel.js';

/**
 * Faults between the scheduler and Slack, on both engines: a post that reached Slack but whose answer never
 * came, an instance that died mid-post, a slow Slack, a 429 longer than the lease, a token rejected for a
 * while. Time is the injected clock, and the lease renewal's timer is faked in step with it.
 */
const quiet = pino({ level: 'silent' });
const WEEKLY: ReminderRule = reminderRuleSchema.parse({
  startDate: '2026-01-05',
  time: '09:00',
  repeat: { kind: 'weeks', every: 1 },
});
const MONDAY_0900 = Date.parse('2026-01-05T09:00:00Z');
const WEEK = 7 * 86_400_000;
const MINUTE = 60_000;

describe.each(ENGINES)('reminder delivery faults on %s', (engine) => {
  let database: TestDatabase;
  let store: SqlReminderStore;
  let channel: RecordingChannel;
  let now: number;
  const clock = { now: () => new Date(now) };
  const scheduler = (options: Partial<ConstructorParameters<typeof ReminderScheduler>[0]> = {}) =>
    new ReminderScheduler({ store, channel, clock, logger: quiet, channelSpacingMs: 0, ...options });
  const create = () =>
    store.create({
      workspaceId: 'T1',
      channelId: `C${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      createdBy: 'U1',
      timeZone: 'UTC',
      rule: WEEKLY,
      occurrence: 0,
      nextDueAt: MONDAY_0900,
      now: MONDAY_0900 - WEEK,
    });
  /** Moves the clock to the reminder's next attempt. */
  const untilRetry = async (id: string) => {
    now = (await store.get('T1', id))?.attemptAt ?? now;
  };

  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = new SqlReminderStore(database.db, database.engine);
    channel = new RecordingChannel();
    now = MONDAY_0900;
  });
  afterEach(async () => {
    await database.drop();
  });

  it('a post that reached Slack but timed out is found by its occurrence, not posted again', async () => {
    const reminder = await create();
    channel.failuresAfterPosting = [new DeliveryError('timeout', 'uncertain')];
    await scheduler().tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({ attempts: 1, occurrence: 0 });
    await untilRetry(reminder.id);
    expect(await scheduler().tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(channel.lookups).toEqual([`${reminder.id}:${MONDAY_0900}`]);
    expect(await store.get('T1', reminder.id)).toMatchObject({ occurrence: 1, attempts: 0 });
  });

  it('an occurrence claimed by an instance that died mid-post is looked for before another posts it', async () => {
    const reminder = await create();
    // The dead instance claimed it, began the delivery and posted; then it was killed before recording it.
    const [claimed] = await store.claimDue(now, 1, 'killed-instance', now + 30_000);
    if (!claimed) throw new Error('nothing claimed');
    await store.beginDelivery(claimed, now);
    await channel.post(claimed);
    now += 30_001;
    expect(await scheduler({ instanceId: 'survivor' }).tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({ occurrence: 1 });
  });

  it('an occurrence whose dead instance never reached Slack is posted once by the survivor', async () => {
    const reminder = await create();
    const [claimed] = await store.claimDue(now, 1, 'killed-instance', now + 30_000);
    if (!claimed) throw new Error('nothing claimed');
    await store.beginDelivery(claimed, now);
    now += 30_001;
    expect(await scheduler({ instanceId: 'survivor' }).tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(channel.lookups).toHaveLength(1);
  });

  it('a post Slack refused is retried without looking for it first', async () => {
    const reminder = await create();
    channel.failures = [new DeliveryError('fatal_error', 'refused')];
    await scheduler().tick();
    await untilRetry(reminder.id);
    await scheduler().tick();
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(channel.lookups).toEqual([]);
  });

  it('a 429 whose Retry-After outlasts the lease: neither of two instances posts early, one posts once', async () => {
    const reminder = await create();
    const leaseMs = 30_000;
    const first = scheduler({ instanceId: 'first', leaseMs });
    const second = scheduler({ instanceId: 'second', leaseMs });
    channel.failures = [new DeliveryError('ratelimited', 'refused', 40_000)];
    await first.tick();
    expect((await store.get('T1', reminder.id))?.attemptAt).toBeGreaterThanOrEqual(now + 40_000);
    now += leaseMs + 1;
    expect(await second.tick()).toBe(0);
    await untilRetry(reminder.id);
    const handled = await Promise.all([first.tick(), second.tick()]);
    expect(handled.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
  });

  it('a slow post renews its lease every third of it, so an instance waiting for it to lapse never takes over', async () => {
    // Only the renewal timer is faked; the injected clock moves with it, and the database answers for real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const reminder = await create();
      const leaseMs = 30_000;
      const renewals: Promise<boolean>[] = [];
      const renewLease = store.renewLease.bind(store);
      vi.spyOn(store, 'renewLease').mockImplementation((claimed, until) => {
        const renewal = renewLease(claimed, until);
        renewals.push(renewal);
        return renewal;
      });
      const leaseUntil = async () =>
        Number(
          (
            await database.db
              .selectFrom('reminders')
              .select('lease_until')
              .where('id', '=', reminder.id)
              .executeTakeFirstOrThrow()
          ).lease_until,
        );
      let release = () => {};
      channel.gate = new Promise((resolve) => {
        release = resolve;
      });
      const posting = channel.nextPostInFlight();
      const slow = scheduler({ instanceId: 'slow', leaseMs }).tick();
      await posting;
      // Renewed once just before the post went out.
      expect(renewals).toHaveLength(1);
      expect(await leaseUntil()).toBe(MONDAY_0900 + leaseMs);

      // Slack takes three leases to answer. A third of a lease at a time: each renewal pushes the lease a
      // whole lease past now, and the other instance, polling all along, finds nothing to claim.
      const waiting = scheduler({ instanceId: 'waiting', leaseMs });
      for (let third = 1; third <= 9; third += 1) {
        now = MONDAY_0900 + (third * leaseMs) / 3;
        await vi.advanceTimersByTimeAsync(leaseMs / 3);
        expect(renewals).toHaveLength(1 + third);
        expect(await renewals.at(-1)).toBe(true);
        expect(await leaseUntil()).toBe(now + leaseMs);
        expect(await waiting.tick()).toBe(0);
      }
      release();
      expect(await slow).toBe(1);
      expect(channel.countFor(reminder.id)).toBe(1);
      // Delivered: the renewals stop with the post.
      await vi.advanceTimersByTimeAsync(leaseMs);
      expect(renewals).toHaveLength(10);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a token rejected for a short while is retried with backoff, and the reminder goes out', async () => {
    const reminder = await create();
    channel.failures = [
      new DeliveryError('invalid_auth', 'token'),
      new DeliveryError('invalid_auth', 'token'),
    ];
    await scheduler().tick();
    const waiting = await store.get('T1', reminder.id);
    expect(waiting).toMatchObject({ status: 'active', failingSince: MONDAY_0900, lastError: 'invalid_auth' });
    await untilRetry(reminder.id);
    await scheduler().tick();
    await untilRetry(reminder.id);
    await scheduler().tick();
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({
      status: 'active',
      occurrence: 1,
      failingSince: null,
    });
    expect(channel.paused).toEqual([]);
  });

  it('a token rejected past the retry window pauses; the creator is told once a notice gets through', async () => {
    const reminder = await create();
    const tokenRetryMs = 10 * MINUTE;
    const noticeRetryMs = 15 * MINUTE;
    channel.failures = Array.from({ length: 20 }, () => new DeliveryError('invalid_auth', 'token'));
    // The first notice goes out with the same rejected token, and fails.
    channel.noticeFailures = [new DeliveryError('invalid_auth', 'token')];
    const run = () => scheduler({ tokenRetryMs, noticeRetryMs }).tick();
    await run();
    for (let i = 0; i < 10 && (await store.get('T1', reminder.id))?.status === 'active'; i += 1) {
      expect(now - MONDAY_0900).toBeLessThan(tokenRetryMs + 5 * MINUTE);
      await untilRetry(reminder.id);
      await run();
    }
    const paused = await store.get('T1', reminder.id);
    expect(paused).toMatchObject({ status: 'paused', pausedReason: 'invalid_auth' });
    expect(now - MONDAY_0900).toBeGreaterThanOrEqual(tokenRetryMs);
    expect(channel.paused).toEqual([]);
    now += noticeRetryMs;
    await run();
    expect(channel.paused).toEqual([{ id: reminder.id, reason: 'invalid_auth' }]);
    now += noticeRetryMs;
    await run();
    expect(channel.paused).toHaveLength(1);
  });

  it('a paused reminder resumed goes out at once, and its schedule carries on', async () => {
    const reminder = await create();
    channel.failures = [new DeliveryError('account_inactive', 'permanent')];
    await scheduler().tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({ status: 'paused' });
    expect(channel.paused).toEqual([{ id: reminder.id, reason: 'account_inactive' }]);
    now += 3 * 86_400_000;
    expect(await store.resume('T1', reminder.id, now)).toBe(true);
    expect(await store.resume('T1', reminder.id, now)).toBe(false);
    expect(await scheduler().tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({
      status: 'active',
      nextDueAt: MONDAY_0900 + WEEK,
    });
  });
});

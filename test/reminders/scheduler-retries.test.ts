import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ReminderRule, reminderRuleSchema } from '../../src/reminders/rule.js';
import { DeliveryError, ReminderScheduler } from '../../src/reminders/scheduler.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { RecordingChannel } from './recording-channel.js';

/**
 * When a failed delivery is tried again, written out by hand: the backoff with its jitter held at the middle
 * (30 s, 1 min, 2 min, 4 min, 8 min, 16 min), the end of a rejected token's window, the attempt limit that
 * applies to every failure but a rejected token, and the pause notice's own retry.
 */
const quiet = pino({ level: 'silent' });
const WEEKLY: ReminderRule = reminderRuleSchema.parse({
  startDate: '2026-01-05',
  time: '09:00',
  repeat: { kind: 'weeks', every: 1 },
});
const MONDAY_0900 = Date.parse('2026-01-05T09:00:00Z');
const WEEK = 7 * 86_400_000;
const SECOND = 1000;
const MINUTE = 60_000;

describe.each(ENGINES)('reminder retries on %s', (engine) => {
  let database: TestDatabase;
  let store: SqlReminderStore;
  let channel: RecordingChannel;
  let now: number;
  const clock = { now: () => new Date(now) };
  const scheduler = (options: Partial<ConstructorParameters<typeof ReminderScheduler>[0]> = {}) =>
    new ReminderScheduler({
      store,
      channel,
      clock,
      logger: quiet,
      channelSpacingMs: 0,
      instanceId: 'only',
      ...options,
    });
  const create = (channelId = 'C1') =>
    store.create({
      workspaceId: 'T1',
      channelId,
      createdBy: 'U1',
      timeZone: 'UTC',
      rule: WEEKLY,
      occurrence: 0,
      nextDueAt: MONDAY_0900,
      now: MONDAY_0900 - WEEK,
    });
  /** Runs rounds, each at the reminder's next attempt, until it is sent or paused; the attempt times seen. */
  const retryTimes = async (id: string, run: () => Promise<number>): Promise<number[]> => {
    const times: number[] = [];
    await run();
    for (let round = 0; round < 10; round += 1) {
      const reminder = await store.get('T1', id);
      if (reminder?.status !== 'active' || reminder.attempts === 0) break;
      times.push(reminder.attemptAt - MONDAY_0900);
      now = reminder.attemptAt;
      await run();
    }
    return times;
  };

  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = new SqlReminderStore(database.db, database.engine);
    channel = new RecordingChannel();
    now = MONDAY_0900;
    // The backoff's jitter at its middle: each retry waits exactly its base.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await database.drop();
  });

  it("a rejected token's last try falls at the end of its window, and pauses there", async () => {
    const reminder = await create();
    channel.failures = Array.from({ length: 10 }, () => new DeliveryError('invalid_auth', 'token'));
    const times = await retryTimes(reminder.id, () => scheduler({ tokenRetryMs: 10 * MINUTE }).tick());
    // 30 s, then 1, 2 and 4 min more; the next 8 min would end past the window (10 min), so it is cut to it.
    expect(times).toEqual([30 * SECOND, 90 * SECOND, 210 * SECOND, 450 * SECOND, 10 * MINUTE]);
    expect(await store.get('T1', reminder.id)).toMatchObject({
      status: 'paused',
      pausedReason: 'invalid_auth',
    });
    expect(now - MONDAY_0900).toBe(10 * MINUTE);
  });

  it('a post refused for longer than the token window keeps its own backoff, and pauses only at its attempt limit', async () => {
    const reminder = await create();
    channel.failures = Array.from({ length: 6 }, () => new DeliveryError('fatal_error', 'refused'));
    const times = await retryTimes(reminder.id, () => scheduler({ tokenRetryMs: 10 * MINUTE }).tick());
    expect(times).toEqual([
      30 * SECOND,
      90 * SECOND,
      210 * SECOND,
      450 * SECOND,
      930 * SECOND,
      1890 * SECOND,
    ]);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({
      status: 'active',
      occurrence: 1,
      attempts: 0,
    });
  });

  it('a rejected token is bounded by its window alone: more failures than maxAttempts within it do not pause', async () => {
    const reminder = await create();
    channel.failures = Array.from({ length: 3 }, () => new DeliveryError('invalid_auth', 'token'));
    const times = await retryTimes(reminder.id, () => scheduler({ maxAttempts: 2 }).tick());
    expect(times).toEqual([30 * SECOND, 90 * SECOND, 210 * SECOND]);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(channel.paused).toEqual([]);
  });

  it('an unexpected error is kept by its message, and the next attempt looks for the post before posting', async () => {
    const reminder = await create();
    channel.failures = [new Error('socket hang up')];
    await scheduler().tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({ attempts: 1, lastError: 'socket hang up' });
    now += 30 * SECOND;
    await scheduler().tick();
    expect(channel.lookups).toEqual([`${reminder.id}:${MONDAY_0900}`]);
    expect(channel.countFor(reminder.id)).toBe(1);
  });

  it('a look for an earlier post that Slack refused is looked for again, never posted blind', async () => {
    const reminder = await create();
    // An instance claimed it and began the delivery, then died: whether it posted is unknown.
    const [claimed] = await store.claimDue(now, 1, 'killed-instance', now + 30_000);
    if (!claimed) throw new Error('nothing claimed');
    await store.beginDelivery(claimed, now);
    now += 30_001;
    channel.lookupFailures = [new DeliveryError('ratelimited', 'refused')];
    await scheduler().tick();
    expect(channel.countFor(reminder.id)).toBe(0);
    now = (await store.get('T1', reminder.id))?.attemptAt ?? now;
    await scheduler().tick();
    expect(channel.lookups).toEqual([`${reminder.id}:${MONDAY_0900}`, `${reminder.id}:${MONDAY_0900}`]);
    expect(channel.countFor(reminder.id)).toBe(1);
  });

  it('a pause notice that fails is tried again 15 minutes later, not at the next round', async () => {
    const reminder = await create();
    channel.failures = [new DeliveryError('channel_not_found', 'permanent')];
    channel.noticeFailures = [new DeliveryError('ratelimited', 'refused')];
    await scheduler().tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({ status: 'paused' });
    await scheduler().tick();
    now = MONDAY_0900 + 15 * MINUTE - 1;
    await scheduler().tick();
    expect(channel.paused).toEqual([]);
    now = MONDAY_0900 + 15 * MINUTE;
    await scheduler().tick();
    expect(channel.paused).toEqual([{ id: reminder.id, reason: 'channel_not_found' }]);
  });

  it('a slow channel does not hold up another, and posts to different channels are not spaced out', async () => {
    vi.restoreAllMocks();
    const first = await create('C1');
    const second = await create('C2');
    let release = () => {};
    channel.gate = new Promise((resolve) => {
      release = resolve;
    });
    // Spacing of an hour: a post to the second channel that waited for the first channel's would never start.
    const round = scheduler({ channelSpacingMs: 60 * MINUTE }).tick();
    await channel.nextPostInFlight();
    await channel.nextPostInFlight();
    expect(channel.inFlight).toBe(2);
    release();
    expect(await round).toBe(2);
    expect(channel.countFor(first.id)).toBe(1);
    expect(channel.countFor(second.id)).toBe(1);
  });
});

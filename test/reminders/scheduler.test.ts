import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ReminderRule, reminderRuleSchema } from '../../src/reminders/rule.js';
import {
  backoffMs,
  DeliveryError,
  type ReminderChannel,
  ReminderScheduler,
} from '../../src/reminders/scheduler.js';
import { SqlReminderStore, UNREADABLE } from '../../src/reminders/sql-reminder-store.js';
import { openDatabase } from '../../src/storage/database.js';
import { ENGINES, freshDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/databases.js';
import { RecordingChannel } from './recording-channel.js';

const quiet = pino({ level: 'silent' });
const WEEKLY: ReminderRule = reminderRuleSchema.parse({
  startDate: '2026-01-05',
  time: '09:00',
  repeat: { kind: 'weeks', every: 1 },
});
const MONDAY_0900 = Date.parse('2026-01-05T09:00:00Z');
const WEEK = 7 * 86_400_000;

describe.each(ENGINES)('reminder delivery on %s', (engine) => {
  let database: TestDatabase;
  let store: SqlReminderStore;
  let channel: RecordingChannel;
  let now: number;
  const clock = { now: () => new Date(now) };
  const scheduler = (options: Partial<ConstructorParameters<typeof ReminderScheduler>[0]> = {}) =>
    new ReminderScheduler({ store, channel, clock, logger: quiet, channelSpacingMs: 0, ...options });
  const create = (overrides: Partial<Parameters<SqlReminderStore['create']>[0]> = {}) =>
    store.create({
      workspaceId: 'T1',
      channelId: `C${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      createdBy: 'U1',
      timeZone: 'UTC',
      rule: WEEKLY,
      occurrence: 0,
      nextDueAt: MONDAY_0900,
      now: MONDAY_0900 - WEEK,
      ...overrides,
    });

  beforeEach(async () => {
    database = await freshDatabase(engine);
    store = new SqlReminderStore(database.db, database.engine);
    channel = new RecordingChannel();
    now = MONDAY_0900 - 60_000;
  });
  afterEach(async () => {
    await database.drop();
  });

  it('a reminder whose stored rule no longer reads is paused and reported; the others are delivered', async () => {
    const unreadable: { reminderId: string; error: string }[] = [];
    store = new SqlReminderStore(database.db, database.engine, {
      onUnreadable: (problem) => unreadable.push(problem),
    });
    // The broken one is due first, so it leads every claim batch.
    const broken = await create({ nextDueAt: MONDAY_0900 - 60_000 });
    const good = await create({ channelId: broken.channelId });
    await database.db
      .updateTable('reminders')
      .set({ rule: '{"startDate":"not a date"' })
      .where('id', '=', broken.id)
      .execute();

    expect((await store.listForChannel('T1', broken.channelId)).map((reminder) => reminder.id)).toEqual([
      good.id,
    ]);
    now = MONDAY_0900;
    expect(await scheduler({ batchSize: 1 }).tick()).toBe(1);
    expect(channel.countFor(good.id)).toBe(1);
    expect(unreadable.map((problem) => problem.reminderId)).toContain(broken.id);
    const row = await database.db
      .selectFrom('reminders')
      .select(['status', 'paused_reason', 'lease_owner'])
      .where('id', '=', broken.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'paused', paused_reason: UNREADABLE, lease_owner: null });
  });

  it('stopping finishes the post in flight and hands back the rest of its batch at once, for another instance', async () => {
    const first = await create();
    const second = await create({ channelId: first.channelId });
    const third = await create({ channelId: first.channelId });
    now = MONDAY_0900;
    // The first post waits until the test lets it go, so stop() arrives while it is in flight.
    let letGo: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    let posting: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      posting = resolve;
    });
    const slow: ReminderChannel = {
      post: async (reminder) => {
        posting();
        await held;
        return channel.post(reminder);
      },
      findPosted: (reminder) => channel.findPosted(reminder),
      notifyPaused: (reminder, reason) => channel.notifyPaused(reminder, reason),
    };
    const leaving = scheduler({ channel: slow, instanceId: 'leaving' });
    const round = leaving.tick();
    await inFlight;
    const stopped = leaving.stop();
    letGo();
    await Promise.all([round, stopped]);
    expect(channel.posts).toHaveLength(1);

    const rows = await database.db.selectFrom('reminders').select(['id', 'lease_owner']).execute();
    expect(rows.map((row) => row.lease_owner)).toEqual([null, null, null]);
    // Another instance takes them over now, not when the leaving instance's lease would have run out.
    expect(await scheduler({ instanceId: 'staying' }).tick()).toBe(2);
    expect([first, second, third].map((reminder) => channel.countFor(reminder.id))).toEqual([1, 1, 1]);
  });

  it('delivers a due reminder once and moves it to the next occurrence', async () => {
    const reminder = await create();
    expect(await scheduler().tick()).toBe(0);
    now = MONDAY_0900;
    expect(await scheduler().tick()).toBe(1);
    expect(await scheduler().tick()).toBe(0);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({
      occurrence: 1,
      nextDueAt: MONDAY_0900 + WEEK,
      attempts: 0,
    });
  });

  it('survives a restart: a new instance neither repeats nor loses anything', async () => {
    const reminder = await create();
    now = MONDAY_0900 + 1_000;
    await scheduler({ instanceId: 'before-restart' }).tick();
    const restarted = new ReminderScheduler({
      store: new SqlReminderStore(database.db, database.engine),
      channel,
      clock,
      logger: quiet,
      instanceId: 'after-restart',
    });
    expect(await restarted.tick()).toBe(0);
    now = MONDAY_0900 + WEEK + 1_000;
    expect(await restarted.tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(2);
  });

  it('after a three-week outage sends one reminder, not three, and moves to the next future occurrence', async () => {
    const reminder = await create();
    now = MONDAY_0900 + 3 * WEEK - 3_600_000; // Sunday, three missed Mondays later
    expect(await scheduler().tick()).toBe(1);
    expect(await scheduler().tick()).toBe(0);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({
      occurrence: 3,
      nextDueAt: MONDAY_0900 + 3 * WEEK,
    });
  });

  it('takes over a reminder whose instance died holding the lease, once the lease runs out', async () => {
    const reminder = await create();
    now = MONDAY_0900;
    const dead = await store.claimDue(now, 10, 'crashed-instance', now + 60_000);
    expect(dead.map((r) => r.id)).toEqual([reminder.id]);
    expect(await scheduler().tick()).toBe(0); // still leased
    now += 60_000;
    expect(await scheduler().tick()).toBe(0); // the lease's last millisecond is still its own
    now += 1;
    expect(await scheduler().tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
  });

  it('does not post again an occurrence already recorded as sent', async () => {
    await create();
    now = MONDAY_0900;
    const [claimed] = await store.claimDue(now, 1, 'a', now + 60_000);
    if (!claimed) throw new Error('nothing claimed');
    expect(await store.beginDelivery(claimed, now)).toEqual({ state: 'new' });
    await store.completeDelivery(
      claimed,
      { messageTs: '1.0', now },
      { occurrence: 1, at: MONDAY_0900 + WEEK },
    );
    // A stale copy of the same claim (the same occurrence) comes back: it must not be posted twice.
    expect(await store.beginDelivery(claimed, now)).toEqual({ state: 'sent' });
  });

  it('never writes an old schedule back over a stop, an edit or a snooze made while it was delivering', async () => {
    const stopped = await create();
    const edited = await create();
    const snoozed = await create();
    now = MONDAY_0900;
    const claims = await store.claimDue(now, 10, 'slow-instance', now + 60_000);
    expect(claims).toHaveLength(3);
    const monthly = reminderRuleSchema.parse({
      startDate: '2026-02-02',
      time: '10:00',
      repeat: { kind: 'monthly' },
    });
    await store.stop('T1', stopped.id, now);
    await store.reschedule('T1', edited.id, {
      rule: monthly,
      timeZone: 'UTC',
      occurrence: 0,
      nextDueAt: Date.parse('2026-02-02T10:00:00Z'),
      now,
    });
    await store.snooze('T1', snoozed.id, MONDAY_0900 + 2 * WEEK, now);
    for (const claim of claims) {
      expect(await store.renewLease(claim, now + 60_000)).toBe(false);
      await store.completeDelivery(
        claim,
        { messageTs: '1.0', now },
        { occurrence: 1, at: MONDAY_0900 + WEEK },
      );
      await store.retryLater(claim, now + 1_000, 'late', now);
    }
    expect(await store.get('T1', stopped.id)).toMatchObject({ status: 'stopped' });
    expect(await store.get('T1', edited.id)).toMatchObject({
      nextDueAt: Date.parse('2026-02-02T10:00:00Z'),
      rule: monthly,
    });
    expect(await store.get('T1', snoozed.id)).toMatchObject({
      nextDueAt: MONDAY_0900 + 2 * WEEK,
      attempts: 0,
    });
  });

  it('does not post a reminder whose lease ran out and was taken over while the batch waited', async () => {
    const reminder = await create();
    now = MONDAY_0900;
    const [stale] = await store.claimDue(now, 1, 'slow-instance', now + 60_000);
    if (!stale) throw new Error('nothing claimed');
    now += 60_001;
    const [fresh] = await store.claimDue(now, 1, 'other-instance', now + 60_000);
    expect(fresh?.id).toBe(reminder.id);
    expect(await store.renewLease(stale, now + 60_000)).toBe(false);
    expect(await store.renewLease(fresh as NonNullable<typeof fresh>, now + 60_000)).toBe(true);
  });

  it('retries a failed post later, with backoff, then delivers', async () => {
    const reminder = await create();
    now = MONDAY_0900;
    channel.failures = [new DeliveryError('fatal_error', 'refused')];
    // The jitter at its middle: the first retry comes half a minute later.
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(await scheduler().tick()).toBe(1);
    vi.mocked(Math.random).mockRestore();
    const waiting = await store.get('T1', reminder.id);
    expect(waiting).toMatchObject({ attempts: 1, lastError: 'fatal_error', nextDueAt: MONDAY_0900 });
    expect(waiting?.attemptAt).toBe(now + 30_000);
    expect(await scheduler().tick()).toBe(0);
    now = waiting?.attemptAt ?? now;
    expect(await scheduler().tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(1);
    expect(await store.get('T1', reminder.id)).toMatchObject({ attempts: 0, lastError: null, occurrence: 1 });
  });

  it('pauses a reminder whose channel is gone and tells its creator', async () => {
    const reminder = await create();
    now = MONDAY_0900;
    channel.failures = [new DeliveryError('is_archived', 'permanent')];
    await scheduler().tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({
      status: 'paused',
      pausedReason: 'is_archived',
    });
    expect(channel.paused).toEqual([{ id: reminder.id, reason: 'is_archived' }]);
    now += 10 * WEEK;
    expect(await scheduler().tick()).toBe(0);
  });

  it('delivers everything due in one round, a batch at a time', async () => {
    const reminders = await Promise.all(Array.from({ length: 5 }, () => create()));
    now = MONDAY_0900;
    expect(await scheduler({ batchSize: 2 }).tick()).toBe(5);
    for (const reminder of reminders) expect(channel.countFor(reminder.id)).toBe(1);
  });

  it('pauses a reminder that keeps failing on its third failure of three allowed, and tells its creator', async () => {
    const reminder = await create();
    now = MONDAY_0900;
    channel.failures = [1, 2, 3].map(() => new DeliveryError('fatal_error', 'refused'));
    for (const attempts of [1, 2]) {
      await scheduler({ maxAttempts: 3 }).tick();
      const waiting = await store.get('T1', reminder.id);
      expect(waiting).toMatchObject({ status: 'active', attempts });
      now = waiting?.attemptAt ?? now;
    }
    await scheduler({ maxAttempts: 3 }).tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({
      status: 'paused',
      pausedReason: 'failed 3 times (fatal_error)',
    });
    expect(channel.paused).toEqual([{ id: reminder.id, reason: 'failed 3 times (fatal_error)' }]);
    expect(channel.countFor(reminder.id)).toBe(0);
  });

  it('ends a one-off after it is sent', async () => {
    const once = reminderRuleSchema.parse({
      startDate: '2026-01-05',
      time: '09:00',
      repeat: { kind: 'once' },
    });
    const reminder = await create({ rule: once });
    now = MONDAY_0900;
    await scheduler().tick();
    expect(await store.get('T1', reminder.id)).toMatchObject({ status: 'done' });
    expect(await store.listForChannel('T1', reminder.channelId)).toEqual([]);
    // "Snooze a week" on the one-off's message brings it back once more.
    expect(await store.snooze('T1', reminder.id, MONDAY_0900 + WEEK, now)).toBe(true);
    now = MONDAY_0900 + WEEK;
    expect(await scheduler().tick()).toBe(1);
    expect(channel.countFor(reminder.id)).toBe(2);
    expect(await store.get('T1', reminder.id)).toMatchObject({ status: 'done' });
  });

  it('snoozes, stops and reschedules', async () => {
    const reminder = await create();
    expect(await store.snooze('T1', reminder.id, MONDAY_0900 + 2 * WEEK, now)).toBe(true);
    now = MONDAY_0900 + WEEK;
    expect(await scheduler().tick()).toBe(0);
    now = MONDAY_0900 + 2 * WEEK;
    expect(await scheduler().tick()).toBe(1);
    expect(await store.stop('T1', reminder.id, now)).toBe(true);
    now += 10 * WEEK;
    expect(await scheduler().tick()).toBe(0);
    expect(
      await store.reschedule('T1', reminder.id, {
        rule: WEEKLY,
        timeZone: 'UTC',
        occurrence: 20,
        nextDueAt: now,
        now,
      }),
    ).toBe(false);
    expect(channel.countFor(reminder.id)).toBe(1);
  });

  it("deletes a channel's reminders with their delivery records, and nothing else", async () => {
    const gone = await create({ channelId: 'C-GONE' });
    await create({ channelId: 'C-GONE' });
    const stays = await create({ channelId: 'C-STAYS' });
    now = MONDAY_0900;
    await scheduler().tick();
    expect(await store.deleteChannel('T1', 'C-GONE')).toBe(2);
    expect(await store.get('T1', gone.id)).toBeUndefined();
    const deliveries = await database.db.selectFrom('reminder_deliveries').select('reminder_id').execute();
    expect(deliveries.map((row) => row.reminder_id)).toEqual([stays.id]);
  });

  it("keeps each workspace's reminders to itself", async () => {
    const reminder = await create({ workspaceId: 'T-A', channelId: 'C-SAME' });
    await create({ workspaceId: 'T-B', channelId: 'C-SAME' });
    expect((await store.listForChannel('T-A', 'C-SAME')).map((r) => r.id)).toEqual([reminder.id]);
    expect(await store.get('T-B', reminder.id)).toBeUndefined();
    expect(await store.stop('T-B', reminder.id, now)).toBe(false);
    expect(await store.snooze('T-B', reminder.id, now, now)).toBe(false);
  });

  it('spaces out posts to one channel', async () => {
    for (let i = 0; i < 3; i += 1) await create({ channelId: 'C-BUSY' });
    now = MONDAY_0900;
    await scheduler({ channelSpacingMs: 150 }).tick();
    const times = channel.posts.map((post) => post.at);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i += 1)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(140);
  });
});

describe.runIf(TEST_DATABASE_URL)('three instances on one PostgreSQL', () => {
  it('deliver 500 due reminders, each exactly once', async () => {
    const database = await freshDatabase('postgres');
    const instances = [
      database,
      openDatabase({ engine: 'postgres', url: database.url }),
      openDatabase({ engine: 'postgres', url: database.url }),
    ];
    const channel = new RecordingChannel();
    const now = MONDAY_0900 + 1_000;
    try {
      const seed = new SqlReminderStore(database.db, 'postgres');
      const ids: string[] = [];
      for (let i = 0; i < 500; i += 1) {
        const reminder = await seed.create({
          workspaceId: 'T1',
          channelId: `C${String(i).padStart(4, '0')}`,
          createdBy: 'U1',
          timeZone: 'Europe/Berlin',
          rule: WEEKLY,
          occurrence: 0,
          nextDueAt: MONDAY_0900,
          now: MONDAY_0900 - WEEK,
        });
        ids.push(reminder.id);
      }
      const schedulers = instances.map(
        (instance, index) =>
          new ReminderScheduler({
            store: new SqlReminderStore(instance.db, 'postgres'),
            channel,
            clock: { now: () => new Date(now) },
            logger: quiet,
            instanceId: `instance-${index}`,
            batchSize: 20,
            channelSpacingMs: 0,
          }),
      );
      const handled = await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(handled.reduce((sum, count) => sum + count, 0)).toBe(500);
      expect(handled.every((count) => count > 0)).toBe(true);
      expect(channel.posts).toHaveLength(500);
      expect(new Set(channel.posts.map((post) => post.id))).toEqual(new Set(ids));
    } finally {
      await instances[1]?.close();
      await instances[2]?.close();
      await database.drop();
    }
  });
});

describe('retry backoff', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('doubles from half a minute to an hour at most, with the jitter at its middle', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect([0, 1, 2, 3, 6, 7, 20].map(backoffMs)).toEqual([
      30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });

  it('spreads retries a quarter either way, so reminders that failed together do not retry together', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(backoffMs(0)).toBe(22_500);
    expect(backoffMs(10)).toBe(2_700_000);
    vi.spyOn(Math, 'random').mockReturnValue(1 - Number.EPSILON);
    expect(backoffMs(0)).toBe(37_500);
    expect(backoffMs(10)).toBe(4_500_000);
  });
});

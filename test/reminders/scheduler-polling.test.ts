import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { RecordingChannel } from './recording-channel.js';

/**
 * The polling timer between start() and stop(), on faked timeouts: a round at once, then one every pollMs
 * with ±20% jitter, none after stop(), and a failed round does not end the polling. The database answers
 * for real; the test waits for each round by its "round done" or "round failed" log line.
 */
const POLL_MS = 10_000;

describe('reminder polling', () => {
  let database: TestDatabase;
  let store: SqlReminderStore;
  let scheduler: ReminderScheduler;
  let channel: RecordingChannel;
  let rounds: string[];
  let roundEnded: () => void;

  const nextRoundEnd = () =>
    new Promise<void>((resolve) => {
      roundEnded = resolve;
    });
  /** Lets the round's end schedule the next one (a few promise hops on the real event loop). */
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  beforeEach(async () => {
    database = await freshDatabase('sqlite');
    store = new SqlReminderStore(database.db, database.engine);
    rounds = [];
    roundEnded = () => {};
    const lines = new Writable({
      write(chunk, _encoding, done) {
        const { msg } = JSON.parse(String(chunk)) as { msg: string };
        if (msg === 'reminder round done' || msg === 'reminder round failed') {
          rounds.push(msg);
          roundEnded();
        }
        done();
      },
    });
    channel = new RecordingChannel();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    scheduler = new ReminderScheduler({
      store,
      channel,
      clock: { now: () => new Date('2026-01-05T09:00:00Z') },
      logger: pino({ level: 'debug' }, lines),
      pollMs: POLL_MS,
      instanceId: 'poller',
    });
  });
  afterEach(async () => {
    await scheduler.stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
    await database.drop();
  });

  /** Runs the timer due `ms` from now and waits for the round it starts. */
  const roundAfter = async (ms: number) => {
    const ended = nextRoundEnd();
    await vi.advanceTimersByTimeAsync(ms);
    await ended;
    await settle();
  };

  it('polls at once, then every pollMs with the jitter at its middle, and not after stop()', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const claims = vi.spyOn(store, 'claimDue');
    scheduler.start();
    await roundAfter(0);
    expect(claims).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(POLL_MS - 1);
    expect(claims).toHaveBeenCalledTimes(1);
    await roundAfter(1);
    expect(claims).toHaveBeenCalledTimes(2);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(claims).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('spreads polls over 80% to 120% of pollMs: 80% at the bottom, 110% three quarters up', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);
    const claims = vi.spyOn(store, 'claimDue');
    scheduler.start();
    await roundAfter(0);
    random.mockReturnValue(0.75);
    await roundAfter(0.8 * POLL_MS);
    expect(claims).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1.1 * POLL_MS - 1);
    expect(claims).toHaveBeenCalledTimes(2);
    await roundAfter(1);
    expect(claims).toHaveBeenCalledTimes(3);
  });

  it('keeps polling after a round fails, and logs the failure', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    vi.spyOn(store, 'claimDue').mockRejectedValueOnce(new Error('database is locked'));
    scheduler.start();
    await roundAfter(0);
    await roundAfter(POLL_MS);
    expect(rounds).toEqual(['reminder round failed', 'reminder round done']);
  });

  it('a round in flight when stop() is called schedules no other', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const claims = vi.spyOn(store, 'claimDue');
    scheduler.start();
    const ended = nextRoundEnd();
    await vi.advanceTimersByTimeAsync(0);
    expect(claims).toHaveBeenCalledTimes(1);
    await scheduler.stop();
    await ended;
    await settle();
    await vi.advanceTimersByTimeAsync(10 * POLL_MS);
    expect(claims).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('start() after stop() polls again, and delivers what is due', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const claims = vi.spyOn(store, 'claimDue');
    scheduler.start();
    await roundAfter(0);
    await scheduler.stop();
    const reminder = await store.create({
      workspaceId: 'T1',
      channelId: 'C1',
      createdBy: 'U1',
      timeZone: 'UTC',
      rule: reminderRuleSchema.parse({ startDate: '2026-01-05', time: '09:00', repeat: { kind: 'once' } }),
      occurrence: 0,
      nextDueAt: Date.parse('2026-01-05T09:00:00Z'),
      now: Date.parse('2026-01-01T00:00:00Z'),
    });
    scheduler.start();
    await roundAfter(0);
    expect(channel.countFor(reminder.id)).toBe(1);
    await roundAfter(POLL_MS);
    expect(claims).toHaveBeenCalledTimes(3);
  });
});

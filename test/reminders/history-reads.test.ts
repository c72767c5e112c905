import type { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDefaultPlaybook } from '../../src/advisor/index.js';
import type { Reminder } from '../../src/reminders/reminder-store.js';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { DeliveryError } from '../../src/reminders/scheduler.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { SlackReminderChannel } from '../../src/slack/reminders/slack-reminder-channel.js';
import type { AssessmentStore } from '../../src/storage/assessment-store.js';
import { type OpenDatabase, openDatabase } from '../../src/storage/database.js';
import { ENGINES, freshDatabase, type TestDatabase } from '../helpers/databases.js';

/** Slack's limit for unlisted apps is one conversations.history call a minute per workspace: kept with a margin. */
const SPACING_MS = 61_000;
const NOON = Date.parse('2026-03-23T12:00:00Z');

function reminder(id: string, workspaceId: string, channelId: string): Reminder {
  return {
    id,
    workspaceId,
    enterpriseId: null,
    channelId,
    createdBy: 'U0ASKER',
    timeZone: 'UTC',
    rule: reminderRuleSchema.parse({ startDate: '2026-03-23', time: '12:00', repeat: { kind: 'once' } }),
    status: 'active',
    pausedReason: null,
    occurrence: 0,
    nextDueAt: NOON,
    attemptAt: NOON,
    attempts: 1,
    lastError: null,
    failingSince: null,
    createdAt: NOON - 86_400_000,
    updatedAt: NOON,
  };
}

describe.each(ENGINES)('the history check keeps to Slack’s limit across instances, on %s', (engine) => {
  let db: TestDatabase;
  const others: OpenDatabase[] = [];
  beforeEach(async () => {
    db = await freshDatabase(engine);
  });
  afterEach(async () => {
    vi.useRealTimers();
    for (const other of others.splice(0)) await other.close();
    await db.drop();
  });

  /** Another instance's store: its own connection to the same database (SQLite in memory: the same one). */
  function instanceStore(): SqlReminderStore {
    if (engine === 'sqlite') return new SqlReminderStore(db.db, engine);
    const other = openDatabase({ engine: 'postgres', url: db.url });
    others.push(other);
    return new SqlReminderStore(other.db, engine);
  }

  it('grants one read per workspace per spacing, says how long to wait, and keeps workspaces apart', async () => {
    const store = new SqlReminderStore(db.db, engine);
    expect(await store.claimHistoryRead('T1', NOON, SPACING_MS)).toBe(0);
    expect(await store.claimHistoryRead('T1', NOON + 1_000, SPACING_MS)).toBe(60_000);
    expect(await store.claimHistoryRead('T1', NOON + 60_999, SPACING_MS)).toBe(1);
    expect(await store.claimHistoryRead('T2', NOON + 1_000, SPACING_MS)).toBe(0);
    expect(await store.claimHistoryRead('T1', NOON + 61_000, SPACING_MS)).toBe(0);
    // A refused claim does not move the window on.
    expect(await store.claimHistoryRead('T1', NOON + 62_000, SPACING_MS)).toBe(60_000);
  });

  it('forgets a workspace’s read once its spacing has passed, or when the workspace uninstalls', async () => {
    const store = new SqlReminderStore(db.db, engine);
    await store.claimHistoryRead('T1', NOON, SPACING_MS);
    await store.claimHistoryRead('T2', NOON + 70_000, SPACING_MS);
    const rows = await db.db.selectFrom('history_reads').select('workspace_id').execute();
    expect(rows.map((row) => row.workspace_id)).toEqual(['T2']);
    // An uninstall takes the workspace's row with its reminders.
    await store.deleteWorkspace('T2');
    expect(await db.db.selectFrom('history_reads').select('workspace_id').execute()).toEqual([]);
  });

  it('three instances checking twelve reminders of one workspace at once make one conversations.history call', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOON);
    const history: unknown[] = [];
    const client = {
      conversations: {
        history: async (params: unknown) => {
          history.push(params);
          return { ok: true, messages: [] };
        },
      },
    } as unknown as webApi.WebClient;
    const assessments = { channelHistory: async () => [] } as unknown as AssessmentStore;
    const instances = [instanceStore(), instanceStore(), instanceStore()].map(
      (store) =>
        new SlackReminderChannel(
          { forWorkspace: async () => client },
          assessments,
          getDefaultPlaybook(),
          undefined,
          'history',
          store,
        ),
    );
    const check = (round: number) =>
      Promise.allSettled(
        Array.from({ length: 12 }, (_, index) =>
          instances[index % 3]?.findPosted(reminder(`r${round}-${index}`, 'T1', `C${index}`), NOON - 60_000),
        ),
      );

    const first = await check(1);
    expect(history).toHaveLength(1);
    expect(first.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const waits = first.flatMap((result) =>
      result.status === 'rejected' && result.reason instanceof DeliveryError ? [result.reason] : [],
    );
    expect(waits).toHaveLength(11);
    for (const wait of waits) {
      expect(wait.code).toBe('history_spacing');
      expect(wait.retryAfterMs).toBe(SPACING_MS);
    }

    // Within the minute, still nothing more; once it has passed, one more call, however many ask.
    vi.setSystemTime(NOON + 60_000);
    await check(2);
    expect(history).toHaveLength(1);
    vi.setSystemTime(NOON + SPACING_MS);
    await check(3);
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ limit: 15, include_all_metadata: true });
  });
});

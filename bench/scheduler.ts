import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import type { Reminder } from '../src/reminders/reminder-store.js';
import { reminderRuleSchema } from '../src/reminders/rule.js';
import { type ReminderChannel, ReminderScheduler } from '../src/reminders/scheduler.js';
import { SqlReminderStore } from '../src/reminders/sql-reminder-store.js';
import { type DatabaseTarget, migrate, type OpenDatabase, openDatabase } from '../src/storage/database.js';
import { type Summary, summarize } from './stats.js';

const RULE = JSON.stringify(
  reminderRuleSchema.parse({ startDate: '2026-01-05', time: '09:00', repeat: { kind: 'weeks', every: 1 } }),
);
const NOW = Date.parse('2026-06-01T09:00:00Z');
const DUE = 200;

export interface ClaimResults {
  pending: number;
  claim: Summary;
  plan: string;
}

/** Inserts `pending` reminders not yet due, plus DUE that are, in batches. */
async function seed(database: OpenDatabase, pending: number): Promise<void> {
  const rows = (from: number, count: number, due: boolean) =>
    Array.from({ length: count }, (_, i) => {
      const at = due ? NOW - 60_000 - i : NOW + 86_400_000 + from + i;
      return {
        id: `${due ? 'due' : 'later'}-${from + i}`,
        workspace_id: 'T1',
        channel_id: `C${from + i}`,
        created_by: 'U1',
        time_zone: 'UTC',
        rule: RULE,
        status: 'active' as const,
        paused_reason: null,
        occurrence: 0,
        next_due_at: at,
        attempt_at: at,
        attempts: 0,
        lease_owner: null,
        lease_until: null,
        last_error: null,
        created_at: NOW - 86_400_000,
        updated_at: NOW - 86_400_000,
      };
    });
  for (let from = 0; from < pending; from += 1000) {
    await database.db
      .insertInto('reminders')
      .values(rows(from, Math.min(1000, pending - from), false))
      .execute();
  }
  await database.db
    .insertInto('reminders')
    .values(rows(0, DUE, true))
    .execute();
  if (database.engine === 'postgres') await sql`analyze reminders`.execute(database.db);
  else await sql`analyze`.execute(database.db);
}

/** A PostgreSQL target in a schema of its own, so a benchmark never touches anyone else's tables. */
async function ownSchema(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `bench_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const target = new URL(url);
  target.searchParams.set('options', `-c search_path=${schema}`);
  return { url: target.toString(), drop: () => admin(`drop schema ${schema} cascade`) };
}

/** The cost of one claim of 50 due reminders, with `pending` reminders waiting in the table. */
export async function claimBenchmark(
  target: DatabaseTarget,
  pending: number,
  iterations: number,
): Promise<ClaimResults> {
  const schema = target.engine === 'postgres' ? await ownSchema(target.url) : undefined;
  const database = openDatabase(schema ? { engine: 'postgres', url: schema.url } : target);
  try {
    await migrate(database.db);
    await database.db.deleteFrom('reminders').execute();
    await seed(database, pending);
    const store = new SqlReminderStore(database.db, database.engine);
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < iterations; i += 1) {
      const before = performance.now();
      const claimed = await store.claimDue(NOW, 50, 'bench', NOW + 60_000);
      latencies.push(performance.now() - before);
      if (claimed.length !== 50) throw new Error(`claimed ${claimed.length}, expected 50`);
      await database.db
        .updateTable('reminders')
        .set({ lease_owner: null, lease_until: null })
        .where('lease_owner', '=', 'bench')
        .execute();
    }
    const elapsed = performance.now() - started;
    return { pending, claim: summarize(latencies, elapsed), plan: await claimPlan(database) };
  } finally {
    await database.db.deleteFrom('reminders').execute();
    await database.close();
    await schema?.drop();
  }
}

/** How the database runs the claim's inner select: an index range, or a scan. */
async function claimPlan(database: OpenDatabase): Promise<string> {
  const query = sql`select id from reminders where status = 'active' and attempt_at <= ${NOW} and (lease_until is null or lease_until < ${NOW}) order by attempt_at limit 50`;
  if (database.engine === 'postgres') {
    const result = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(database.db);
    return result.rows.map((row) => row['QUERY PLAN'].trim()).find((line) => /Scan/.test(line)) ?? '';
  }
  const result = await sql<{ detail: string }>`explain query plan ${query}`.execute(database.db);
  return result.rows.map((row) => row.detail).join('; ');
}

export interface DeliveryResults {
  reminders: number;
  channels: number;
  elapsedMs: number;
  perSecond: number;
  /** The shortest gap between two posts to the same channel. */
  minChannelGapMs: number;
}

/** Delivery through the real scheduler and store (SQLite), with a Slack channel that answers at once. */
export async function deliveryBenchmark(
  path: string,
  reminders: number,
  channels: number,
  spacingMs: number,
): Promise<DeliveryResults> {
  const database = openDatabase({ engine: 'sqlite', path });
  try {
    await migrate(database.db);
    await database.db.deleteFrom('reminders').execute();
    const store = new SqlReminderStore(database.db, 'sqlite');
    for (let i = 0; i < reminders; i += 1) {
      await store.create({
        workspaceId: 'T1',
        channelId: `C${i % channels}`,
        createdBy: 'U1',
        timeZone: 'UTC',
        rule: reminderRuleSchema.parse(JSON.parse(RULE)),
        occurrence: 0,
        nextDueAt: NOW - 1_000,
        now: NOW - 86_400_000,
      });
    }
    const posts = new Map<string, number[]>();
    const channel: ReminderChannel = {
      async post(reminder: Reminder) {
        posts.set(reminder.channelId, [...(posts.get(reminder.channelId) ?? []), performance.now()]);
        return { ts: '1.0' };
      },
      async notifyPaused() {},
    };
    const scheduler = new ReminderScheduler({
      store,
      channel,
      clock: { now: () => new Date(NOW) },
      logger: pino({ level: 'silent' }),
      channelSpacingMs: spacingMs,
      batchSize: 100,
      concurrency: 16,
    });
    const started = performance.now();
    const handled = await scheduler.tick();
    const elapsedMs = performance.now() - started;
    if (handled !== reminders) throw new Error(`delivered ${handled} of ${reminders}`);
    let minChannelGapMs = Number.POSITIVE_INFINITY;
    for (const times of posts.values()) {
      for (let i = 1; i < times.length; i += 1)
        minChannelGapMs = Math.min(minChannelGapMs, (times[i] ?? 0) - (times[i - 1] ?? 0));
    }
    return { reminders, channels, elapsedMs, perSecond: (reminders / elapsedMs) * 1000, minChannelGapMs };
  } finally {
    await database.close();
  }
}

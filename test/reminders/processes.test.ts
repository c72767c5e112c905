import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { migrate, type OpenDatabase, openDatabase } from '../../src/storage/database.js';
import { type BotProcess, launchBot, logLines } from '../helpers/bot-process.js';
import { freshDatabase, TEST_DATABASE_URL } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../slack/harness.js';
import { SlackStandIn } from '../slack/stand-in.js';

const WEEKLY = reminderRuleSchema.parse({
  startDate: '2026-01-05',
  time: '09:00',
  repeat: { kind: 'weeks', every: 1 },
});

let standIn: SlackStandIn;
const bots: BotProcess[] = [];
beforeEach(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
});
afterEach(async () => {
  for (const bot of bots.splice(0)) bot.child.kill('SIGKILL');
  await standIn.stop();
});

/** The operator's opt-in: look for a post that may have gone out before posting it again. */
const HISTORY_CHECK = { REMINDER_DUPLICATE_CHECK: 'history' };

/** Waits until the bot has finished two more polling rounds than it had when called. */
async function twoMoreRounds(bot: BotProcess): Promise<void> {
  const rounds = () => logLines(bot).filter((line) => line.msg === 'reminder round done').length;
  const target = rounds() + 2;
  await eventually(() => expect(rounds()).toBeGreaterThanOrEqual(target), 15_000);
}

function env(databaseUrl: string, extra: Record<string, string> = {}) {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REMINDER_POLL_SECONDS: '1',
    // Each polling round logs its end at debug: the tests wait for rounds, not for a fixed time.
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

async function start(environment: Record<string, string>): Promise<BotProcess> {
  const bot = await launchBot(environment);
  bots.push(bot);
  return bot;
}

/** A weekly reminder whose current occurrence fell due a second ago. */
function dueReminder(store: SqlReminderStore, channelId: string) {
  const now = Date.now();
  return store.create({
    workspaceId: standIn.workspaceId,
    channelId,
    createdBy: 'U0CREATOR',
    timeZone: 'Europe/Berlin',
    rule: WEEKLY,
    occurrence: 0,
    nextDueAt: now - 1_000,
    now: now - 60_000,
  });
}

function postsTo(channelId: string) {
  return standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === channelId);
}

describe('reminders across restarts and crashes (SQLite file)', () => {
  let database: OpenDatabase;
  let url: string;
  let store: SqlReminderStore;
  beforeEach(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'advisor-reminders-'));
    const path = join(folder, 'advisor.db');
    url = `file:${path}`;
    database = openDatabase({ engine: 'sqlite', path });
    await migrate(database.db);
    store = new SqlReminderStore(database.db, 'sqlite');
  });
  afterEach(async () => {
    await database.close();
  });

  it('a restart neither loses nor repeats a reminder', async () => {
    standIn.addChannel('C0FIRST', 'public');
    standIn.addChannel('C0SECOND', 'public');
    const first = await dueReminder(store, 'C0FIRST');
    let bot = await start(env(url));
    await standIn.waitFor(() => postsTo('C0FIRST').length === 1, 15_000);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);

    // Due while the bot was down: delivered as soon as it is back, and the first one is not sent again.
    await dueReminder(store, 'C0SECOND');
    bot = await start(env(url));
    await standIn.waitFor(() => postsTo('C0SECOND').length === 1, 15_000);
    await eventually(() =>
      expect(logLines(bot).filter((line) => line.msg === 'reminder delivered')).toHaveLength(1),
    );
    await twoMoreRounds(bot);
    expect(postsTo('C0FIRST')).toHaveLength(1);
    expect(postsTo('C0SECOND')).toHaveLength(1);
    expect((await store.get(standIn.workspaceId, first.id))?.occurrence).toBeGreaterThan(0);
  });

  it('a crash (kill -9) after Slack took the post but before it was recorded: with the history check, the next instance finds it, and posts nothing again', async () => {
    standIn.addChannel('C0CRASH', 'public');
    const reminder = await dueReminder(store, 'C0CRASH');
    // Slack posts at once but answers late: the process dies between Slack's acceptance and the record.
    standIn.slowAnswer('chat.postMessage', 3_000);
    let bot = await start(env(url, HISTORY_CHECK));
    await standIn.waitFor(() => standIn.callsTo('chat.postMessage').length === 1, 15_000);
    bot.child.kill('SIGKILL');
    await bot.exited;
    expect((await store.get(standIn.workspaceId, reminder.id))?.occurrence).toBe(0);

    // The dead instance's lease (two minutes by default) runs out: move time on for it rather than wait.
    await database.db
      .updateTable('reminders')
      .set({ lease_until: Date.now() - 1 })
      .where('id', '=', reminder.id)
      .execute();
    standIn.slowAnswer('chat.postMessage', 0);
    bot = await start(env(url, HISTORY_CHECK));
    await eventually(async () => {
      const now = await store.get(standIn.workspaceId, reminder.id);
      expect(now?.occurrence).toBeGreaterThan(0);
      expect(now?.nextDueAt).toBeGreaterThan(Date.now());
    }, 15_000);
    // The post carries the occurrence in its metadata; the unfinished delivery makes the next instance look
    // in the channel's history first, where it finds it.
    expect(postsTo('C0CRASH').filter((call) => call.result.ok)).toHaveLength(1);
    expect(standIn.messagesIn('C0CRASH')).toHaveLength(1);
    expect(standIn.callsTo('conversations.history').at(-1)?.params).toMatchObject({
      channel: 'C0CRASH',
      include_all_metadata: 'true',
    });
    const row = await database.db
      .selectFrom('reminder_deliveries')
      .selectAll()
      .where('reminder_id', '=', reminder.id)
      .execute();
    expect(row.map((delivery) => delivery.status)).toEqual(['sent']);
    expect(row[0]?.message_ts).toBe(standIn.messagesIn('C0CRASH')[0]?.ts);
  });
});

describe.runIf(TEST_DATABASE_URL)('three bot processes on one PostgreSQL', () => {
  it('deliver 500 due reminders, each exactly once', async () => {
    const database = await freshDatabase('postgres');
    try {
      const store = new SqlReminderStore(database.db, 'postgres');
      const channels = Array.from({ length: 500 }, (_, i) => `C${String(i).padStart(5, '0')}`);
      for (const channel of channels) {
        standIn.addChannel(channel, 'public');
        await dueReminder(store, channel);
      }
      const instances = await Promise.all([1, 2, 3].map(() => start(env(database.url))));
      await standIn.waitFor(() => standIn.callsTo('chat.postMessage').length >= 500, 60_000, '500 reminders');
      for (const instance of instances) await twoMoreRounds(instance);
      const perChannel = new Map<string, number>();
      for (const call of standIn.callsTo('chat.postMessage')) {
        perChannel.set(String(call.params.channel), (perChannel.get(String(call.params.channel)) ?? 0) + 1);
      }
      expect(perChannel.size).toBe(500);
      expect([...perChannel.values()].every((count) => count === 1)).toBe(true);
      const byInstance = instances.map(
        (bot) => logLines(bot).filter((line) => line.msg === 'reminder delivered').length,
      );
      expect(byInstance.reduce((sum, count) => sum + count, 0)).toBe(500);
    } finally {
      for (const bot of bots.splice(0)) {
        bot.child.kill('SIGTERM');
        await bot.exited;
      }
      await database.drop();
    }
    // Three processes starting and 500 posts: on a loaded machine this takes longer than the default 20 s.
  }, 90_000);
});

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { SqlReminderStore } from '../../src/reminders/sql-reminder-store.js';
import { CUT_OFF_TEXT } from '../../src/slack/blocks/not-saved-message.js';
import { decodeEditValue } from '../../src/slack/questionnaire/edit-value.js';
import { migrate, openDatabase } from '../../src/storage/database.js';
import { type BotProcess, launchBot, logLines, startedPort } from '../helpers/bot-process.js';
import { eventually } from '../helpers/eventually.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { buttonIn, SlackDriver } from '../slack/driver.js';
import { answerPosts, formState } from '../slack/form.js';
import { BOT_TOKEN, processBotEnv, SIGNING_SECRET } from '../slack/harness.js';
import { SlackStandIn } from '../slack/stand-in.js';

let standIn: SlackStandIn;
let bot: BotProcess | undefined;
beforeEach(async () => {
  standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  standIn.addChannel('C0GENERAL', 'public');
});
afterEach(async () => {
  bot?.child.kill('SIGKILL');
  bot = undefined;
  await standIn.stop();
});

function env(extra: Record<string, string> = {}) {
  return processBotEnv(standIn.apiUrl, extra);
}

/** Submits the questionnaire; resolves once the answer's first message is being posted. */
async function submitAnswer(driver: SlackDriver): Promise<void> {
  await driver.command('');
  await standIn.waitFor(() => standIn.callsTo('views.open').length === 1);
  const view = standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
  await driver.submitView(view, formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' }));
  await standIn.waitFor(() => standIn.callsTo('chat.postMessage').length >= 1);
}

describe('SIGTERM', () => {
  it('stops taking new work first (503 on /readyz and new requests, port open), finishes the answer in flight, exits 0', async () => {
    bot = await launchBot(env());
    const port = await startedPort(bot);
    const url = `http://127.0.0.1:${port}`;
    const driver = new SlackDriver(url, SIGNING_SECRET, standIn);
    // Each of the answer's messages takes a while: the drain lasts long enough to be looked at.
    standIn.slow('chat.postMessage', 700);
    await submitAnswer(driver);

    bot.child.kill('SIGTERM');
    const readiness = await eventually(async () => {
      const response = await fetch(`${url}/readyz`);
      expect(response.status).toBe(503);
      return response.json();
    }, 10_000);
    expect(readiness).toEqual({ status: 'unavailable', reason: 'shutting down' });
    // Liveness still holds: the process is healthy, only leaving.
    expect((await fetch(`${url}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const refused = await driver.command('help');
    expect(refused.status).toBe(503);

    expect(await bot.exited).toBe(0);
    // The parent and every reply the bot's builder makes for these answers, all posted.
    expect(standIn.callsTo('chat.postMessage').map((call) => call.result.ok)).toEqual(
      Array.from({ length: answerPosts({ stage: 'pilot', builds: 'both', urgency: 'weeks' }) }, () => true),
    );
    const messages = logLines(bot).map((line) => line.msg);
    expect(messages).toContain('stopped');
    // The new command was refused before Bolt saw it: no request line for it.
    expect(logLines(bot).filter((line) => line.msg === 'request' && line.kind === 'command')).toHaveLength(1);
  });

  it('does not wait on a reminder post stuck on Slack beyond SHUTDOWN_GRACE_SECONDS', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'advisor-shutdown-'));
    const path = join(folder, 'advisor.db');
    const database = openDatabase({ engine: 'sqlite', path });
    await migrate(database.db);
    const now = Date.now();
    await new SqlReminderStore(database.db, 'sqlite').create({
      workspaceId: standIn.workspaceId,
      channelId: 'C0GENERAL',
      createdBy: 'U0CREATOR',
      timeZone: 'UTC',
      rule: reminderRuleSchema.parse({
        startDate: '2026-01-05',
        time: '09:00',
        repeat: { kind: 'weeks', every: 1 },
      }),
      occurrence: 0,
      nextDueAt: now - 1_000,
      now: now - 60_000,
    });
    await database.close();
    // Slack takes a minute to answer each post; the client's own timeout and retries would take longer still.
    standIn.slow('chat.postMessage', 60_000);
    bot = await launchBot(env({ DATABASE_URL: `file:${path}`, SHUTDOWN_GRACE_SECONDS: '1' }));
    await startedPort(bot);
    // Recorded as it arrives; the stand-in answers it a minute later.
    await eventually(() => expect(standIn.callsTo('chat.postMessage')).toHaveLength(1), 10_000);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(logLines(bot).map((line) => line.msg)).toContain(
      'stopped with a reminder delivery in flight; its lease lets another instance take it over',
    );
  });

  it('tells the asker when the grace ends before their answer is posted, then exits 0', async () => {
    // Slack takes a minute to answer each post: the answer cannot finish within the grace.
    standIn.slow('chat.postMessage', 60_000);
    bot = await launchBot(env({ SHUTDOWN_GRACE_SECONDS: '1' }));
    const driver = new SlackDriver(`http://127.0.0.1:${await startedPort(bot)}`, SIGNING_SECRET, standIn);
    await driver.command('');
    await standIn.waitFor(() => standIn.callsTo('views.open').length === 1);
    await driver.submitView(
      standIn.lastOpenedView(),
      formState({ name: 'Checkout', stage: 'pilot', builds: 'both', urgency: 'weeks' }),
    );
    // Recorded as it arrives; the stand-in answers it a minute later.
    await eventually(() => expect(standIn.callsTo('chat.postMessage')).toHaveLength(1), 10_000);

    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const told = standIn.callsTo('chat.postEphemeral').map((call) => call.params as Record<string, any>);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      channel: 'C0GENERAL',
      user: 'U0ASKER',
      text: thenAskAnAdmin(CUT_OFF_TEXT),
    });
    expect(decodeEditValue(buttonIn(told[0]?.blocks, 'edit_answers').value)?.profile.name).toBe('Checkout');
  });

  it('ends even when nobody reads its standard output any more', async () => {
    bot = await launchBot(env({ LOG_LEVEL: 'trace' }));
    await startedPort(bot);
    // The log reader goes away (a crashed log shipper, a closed terminal): writes now fail with EPIPE.
    bot.child.stdout?.destroy();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});

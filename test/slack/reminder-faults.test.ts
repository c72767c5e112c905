import { afterEach, describe, expect, it } from 'vitest';
import { reminderRuleSchema } from '../../src/reminders/rule.js';
import { buttonIn } from './driver.js';
import { type BotHarness, startBot } from './harness.js';

/**
 * Reminders through the real app and its Web API clients, against a Slack that is slow, rate-limits for
 * longer than the lease, or rejects the token for a while. Time is the injected clock; the scheduler is
 * ticked by the tests.
 */
const MONDAY_0900 = Date.parse('2026-03-23T09:00:00Z');
const MINUTE = 60_000;
let bot: BotHarness;
let now: number;

async function start(options: Parameters<typeof startBot>[0] = {}) {
  now = MONDAY_0900 - MINUTE;
  bot = await startBot({ clock: { now: () => new Date(now) }, ...options });
  return bot.reminders.create({
    workspaceId: bot.standIn.workspaceId,
    channelId: 'C0GENERAL',
    createdBy: 'U0ASKER',
    timeZone: 'UTC',
    rule: reminderRuleSchema.parse({
      startDate: '2026-03-23',
      time: '09:00',
      repeat: { kind: 'weeks', every: 1 },
    }),
    occurrence: 0,
    nextDueAt: MONDAY_0900,
    now: MONDAY_0900 - 7 * 86_400_000,
  });
}

afterEach(async () => {
  await bot.stop();
});

const postsIn = (channel: string) =>
  bot.standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === channel);
const untilRetry = async (id: string) => {
  now = (await bot.reminders.get(bot.standIn.workspaceId, id))?.attemptAt ?? now;
};

describe('reminders when Slack misbehaves', () => {
  it('without the history check (the default), a post Slack carried out but answered too late is posted again, once, and the channel is never read', async () => {
    const reminder = await start({ postingTimeoutMs: 300 });
    bot.standIn.slowAnswer('chat.postMessage', 1_000);
    now = MONDAY_0900;
    await bot.scheduler.tick();
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      occurrence: 0,
      attempts: 1,
    });
    bot.standIn.slowAnswer('chat.postMessage', 0);

    await untilRetry(reminder.id);
    expect(await bot.scheduler.tick()).toBe(1);
    // At least once, and twice at most: the uncertain attempt arrived, and the retry posted it again.
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(2);
    expect(bot.standIn.callsTo('conversations.history')).toEqual([]);
    expect(bot.logs.lines.map((line) => line.msg)).toContain(
      'an earlier attempt may have reached Slack; posting again (REMINDER_DUPLICATE_CHECK is none)',
    );
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      occurrence: 1,
      attempts: 0,
    });
    // The next occurrence is a fresh one: posted once.
    now = MONDAY_0900 + 7 * 86_400_000;
    expect(await bot.scheduler.tick()).toBe(1);
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(3);
  });

  it('with the history check, a post Slack carried out but answered too late is found by its metadata in one read of 15 messages, not posted again', async () => {
    const reminder = await start({ postingTimeoutMs: 300, duplicateCheck: 'history' });
    bot.standIn.slowAnswer('chat.postMessage', 1_000);
    now = MONDAY_0900;
    await bot.scheduler.tick();
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    expect(postsIn('C0GENERAL')[0]?.params.metadata).toEqual({
      event_type: 'aiteam_reminder',
      event_payload: { occurrence_id: `${reminder.id}:${MONDAY_0900}` },
    });
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      occurrence: 0,
      attempts: 1,
    });

    await untilRetry(reminder.id);
    expect(await bot.scheduler.tick()).toBe(1);
    expect(postsIn('C0GENERAL')).toHaveLength(1);
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    expect(bot.standIn.callsTo('conversations.history')).toHaveLength(1);
    expect(bot.standIn.callsTo('conversations.history').at(-1)?.params).toMatchObject({
      channel: 'C0GENERAL',
      include_all_metadata: 'true',
      limit: '15',
    });
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      occurrence: 1,
      attempts: 0,
    });
  });

  it('with the history check, a second read in the same workspace within a minute waits, posting nothing meanwhile', async () => {
    const first = await start({ postingTimeoutMs: 300, duplicateCheck: 'history' });
    bot.standIn.addChannel('C0SECOND', 'public');
    const second = await bot.reminders.create({
      workspaceId: bot.standIn.workspaceId,
      channelId: 'C0SECOND',
      createdBy: 'U0ASKER',
      timeZone: 'UTC',
      rule: reminderRuleSchema.parse({ startDate: '2026-03-23', time: '09:00', repeat: { kind: 'once' } }),
      occurrence: 0,
      nextDueAt: MONDAY_0900,
      now: MONDAY_0900 - 86_400_000,
    });
    bot.standIn.slowAnswer('chat.postMessage', 1_000);
    now = MONDAY_0900;
    await bot.scheduler.tick();
    bot.standIn.slowAnswer('chat.postMessage', 0);
    const workspace = bot.standIn.workspaceId;
    const retries = await Promise.all([first.id, second.id].map((id) => bot.reminders.get(workspace, id)));
    now = Math.max(...retries.map((reminder) => reminder?.attemptAt ?? now));
    expect(await bot.scheduler.tick()).toBe(2);

    expect(bot.standIn.callsTo('conversations.history')).toHaveLength(1);
    const after = await Promise.all([first.id, second.id].map((id) => bot.reminders.get(workspace, id)));
    const waiting = after.filter((reminder) => reminder?.lastError === 'history_spacing');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.attemptAt).toBeGreaterThanOrEqual(now + 50_000);
    // Each channel has its one post: the waiting one was neither read for nor posted again.
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    expect(bot.standIn.messagesIn('C0SECOND')).toHaveLength(1);
  });

  it('a 429 whose Retry-After outlasts the lease is not waited out: the reminder comes back after it, once', async () => {
    const reminder = await start({ scheduler: { leaseMs: 30_000 }, duplicateCheck: 'history' });
    bot.standIn.fail('chat.postMessage', { status: 429, retryAfter: 40 });
    now = MONDAY_0900;
    // Waiting out 40 s inside the call would outlast this test's 20 s.
    await bot.scheduler.tick();
    const waiting = await bot.reminders.get(bot.standIn.workspaceId, reminder.id);
    expect(waiting?.attemptAt).toBeGreaterThanOrEqual(MONDAY_0900 + 40_000);
    expect(waiting).toMatchObject({ status: 'active', lastError: 'ratelimited' });
    now = MONDAY_0900 + 30_001;
    expect(await bot.scheduler.tick()).toBe(0);
    await untilRetry(reminder.id);
    expect(await bot.scheduler.tick()).toBe(1);
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    // Nothing reached the channel the first time: no need to look for it.
    expect(bot.standIn.callsTo('conversations.history')).toHaveLength(0);
  });

  it('a token rejected for a few moments is retried, and the reminder goes out without pausing', async () => {
    const reminder = await start();
    bot.standIn.rejectTokensFor(60_000);
    now = MONDAY_0900;
    await bot.scheduler.tick();
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'active',
      lastError: 'invalid_auth',
    });
    bot.standIn.acceptTokensAgain(); // a few moments later, Slack takes the token again
    await untilRetry(reminder.id);
    expect(await bot.scheduler.tick()).toBe(1);
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'active',
      occurrence: 1,
    });
  });

  it('a token rejected past the window pauses; the creator is told once it works; the list and App Home show why, and Resume starts it again', async () => {
    const reminder = await start({ scheduler: { tokenRetryMs: 10 * MINUTE, noticeRetryMs: 15 * MINUTE } });
    bot.standIn.rejectTokensFor(60_000);
    now = MONDAY_0900;
    await bot.scheduler.tick();
    for (let round = 0; round < 10; round += 1) {
      if ((await bot.reminders.get(bot.standIn.workspaceId, reminder.id))?.status !== 'active') break;
      await untilRetry(reminder.id);
      await bot.scheduler.tick();
    }
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'paused',
      pausedReason: 'invalid_auth',
    });
    expect(now - MONDAY_0900).toBeGreaterThanOrEqual(10 * MINUTE);
    // The notice went out with the same rejected token, and was lost; it is tried again later.
    const dms = () => postsIn('U0ASKER').filter((call) => call.result.ok);
    expect(dms()).toHaveLength(0);

    bot.standIn.rejectTokensFor(0);
    now += 15 * MINUTE;
    await bot.scheduler.tick();
    expect(dms()).toHaveLength(1);
    expect(dms()[0]?.params.text).toContain('Slack kept refusing my access token');
    now += 15 * MINUTE;
    await bot.scheduler.tick();
    expect(dms()).toHaveLength(1);

    const list = await bot.driver.command('reminders');
    expect(JSON.stringify(list.json)).toContain('*Paused*: Slack kept refusing my access token');
    expect(buttonIn(list.json?.blocks, 'reminder_resume').value).toBe(reminder.id);

    await bot.driver.openAppHome('U0ASKER');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const home = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view);
    expect(home).toContain('*Paused* (Slack kept refusing my access token)');
    expect(home).toContain('"action_id":"reminder_resume"');

    // Resume from the DM that told of the pause.
    const resume = buttonIn(dms()[0]?.params.blocks, 'reminder_resume');
    await bot.driver.clickButton('reminder_resume', resume.value, {
      channelId: 'DASKER',
      userId: 'U0ASKER',
    });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(String(bot.standIn.responseUrlPosts[0]?.body.text)).toContain('Resumed');
    expect(await bot.scheduler.tick()).toBe(1);
    expect(bot.standIn.messagesIn('C0GENERAL')).toHaveLength(1);
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'active',
      occurrence: 1,
    });
  });

  it('someone else cannot resume a paused reminder', async () => {
    const reminder = await start();
    now = MONDAY_0900;
    bot.standIn.fail('chat.postMessage', { error: 'account_inactive' });
    await bot.scheduler.tick();
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'paused',
      pausedReason: 'account_inactive',
    });
    await bot.driver.clickButton('reminder_resume', reminder.id, { userId: 'U0SOMEONE' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(String(bot.standIn.responseUrlPosts[0]?.body.text)).toContain('Only <@U0ASKER>');
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'paused',
    });
  });

  it('Resume on App Home (no response_url) answers the creator by DM', async () => {
    const reminder = await start();
    now = MONDAY_0900;
    bot.standIn.fail('chat.postMessage', { error: 'not_in_channel' });
    await bot.scheduler.tick();
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'paused',
    });
    const before = postsIn('U0ASKER').length;
    await bot.driver.clickButton('reminder_resume', reminder.id, { view: true, userId: 'U0ASKER' });
    await bot.standIn.waitFor(() => postsIn('U0ASKER').length === before + 1);
    expect(String(postsIn('U0ASKER').at(-1)?.params.text)).toContain('Resumed');
    expect(await bot.reminders.get(bot.standIn.workspaceId, reminder.id)).toMatchObject({
      status: 'active',
    });
  });
});

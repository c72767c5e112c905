import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { buttonIn } from './driver.js';
import { type FormAnswers, formState, reminderState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
let now: Date;
beforeEach(async () => {
  now = new Date('2026-03-10T12:00:00Z');
  bot = await startBot({ clock: { now: () => now } });
  bot.standIn.setUser('U0ASKER', { tz: 'Europe/Berlin' });
});
afterEach(async () => {
  await bot.stop();
});

const TEAM: FormAnswers = {
  name: 'Checkout',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'no_rush',
  practices: ['eval_set', 'eval_owner'],
  roles: { ai_engineer: { inHouse: 2 }, ai_pm: { inHouse: 1 }, backend: { inHouse: 1 } },
};
const MONDAY_23_MARCH_0900_BERLIN = Date.parse('2026-03-23T08:00:00Z');

async function answerInChannel() {
  await bot.driver.command('');
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
  await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(TEAM));
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
  return bot.standIn.callsTo('chat.postMessage')[0];
}

/** Opens the form from the answer's button and saves a weekly Monday 09:00 reminder. */
async function setWeeklyReminder() {
  const parent = await answerInChannel();
  const remind = buttonIn(parent?.params.blocks, 'remind_open');
  const opened = bot.standIn.callsTo('views.open').length;
  await bot.driver.clickButton('remind_open', remind.value, {
    channelId: 'C0GENERAL',
    messageTs: parent?.result.ts,
  });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  const form = bot.standIn.lastOpenedView();
  const saved = await bot.driver.submitView(
    form,
    reminderState({ date: '2026-03-23', time: '09:00', repeat: 'weeks', every: 1 }),
  );
  return { form, saved };
}

describe('reminders to revisit the stage', () => {
  it('"Remind us to revisit" sets a reminder in the creator\'s zone, stored as a UTC instant', async () => {
    const { form, saved } = await setWeeklyReminder();
    expect(form.callback_id).toBe('reminder_form');
    expect(JSON.parse(form.private_metadata)).toMatchObject({ channelId: 'C0GENERAL' });
    expect(saved.json?.response_action).toBe('update');
    expect(JSON.stringify(saved.json?.view)).toContain('every week on Monday at 09:00 (Europe/Berlin)');
    expect(JSON.stringify(saved.json?.view)).toContain(
      `<!date^${MONDAY_23_MARCH_0900_BERLIN / 1000}^{date_long} at {time}`,
    );
    const [reminder] = await bot.reminders.listForChannel(bot.standIn.workspaceId, 'C0GENERAL');
    expect(reminder).toMatchObject({
      timeZone: 'Europe/Berlin',
      createdBy: 'U0ASKER',
      nextDueAt: MONDAY_23_MARCH_0900_BERLIN,
    });
    expect(bot.standIn.callsTo('users.info').map((call) => call.params.user)).toEqual(['U0ASKER']);
  });

  it('rejects a first reminder in the past and a bad repeat, on their fields', async () => {
    await bot.driver.command('remind');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const form = bot.standIn.lastOpenedView();
    const past = await bot.driver.submitView(
      form,
      reminderState({ date: '2026-03-10', time: '09:00', repeat: 'once' }),
    );
    expect(past.json).toEqual({
      response_action: 'errors',
      errors: { time: 'Pick a date and time in the future (the time zone is Europe/Berlin).' },
    });
    const badEvery = await bot.driver.submitView(
      form,
      reminderState({ date: '2026-04-01', time: '09:00', repeat: 'weeks', every: 60 }),
    );
    expect(badEvery.json).toEqual({ response_action: 'errors', errors: { every: 'Must be at most 52.' } });
    const forged = await bot.driver.submitView(
      form,
      reminderState({ date: '2026-04-01', time: '25:00', repeat: 'hourly' }),
    );
    expect(Object.keys(forged.json?.errors ?? {}).sort()).toEqual(['repeat', 'time']);
    expect(await bot.reminders.listForChannel(bot.standIn.workspaceId, 'C0GENERAL')).toEqual([]);
  });

  it('posts when due with Re-assess now, Snooze a week and Stop; Re-assess opens the last answers', async () => {
    await setWeeklyReminder();
    expect(await bot.scheduler.tick()).toBe(0);
    now = new Date(MONDAY_23_MARCH_0900_BERLIN);
    expect(await bot.scheduler.tick()).toBe(1);
    const post = bot.standIn.callsTo('chat.postMessage').at(-1);
    expect(post?.params.channel).toBe('C0GENERAL');
    const text = JSON.stringify(post?.params.blocks);
    expect(text).toContain("Time to revisit your AI team's stage");
    expect(text).toContain('*Checkout*, Pilot, 4 people');

    const reassess = buttonIn(post?.params.blocks, 'reminder_reassess');
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.clickButton('reminder_reassess', reassess.value, {
      channelId: 'C0GENERAL',
      messageTs: post?.result.ts,
    });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
    const questionnaire = bot.standIn.lastOpenedView();
    expect(questionnaire.callback_id).toBe('questionnaire');
    const name = questionnaire.blocks.find((block: { block_id?: string }) => block.block_id === 'name');
    expect(name.element.initial_value).toBe('Checkout');
    expect(JSON.parse(questionnaire.private_metadata)).toEqual({
      channelId: 'C0GENERAL',
      edits: { teamName: 'Checkout' },
    });
  });

  it('Snooze a week moves the next reminder a week from now; Stop ends them', async () => {
    await setWeeklyReminder();
    now = new Date(MONDAY_23_MARCH_0900_BERLIN);
    await bot.scheduler.tick();
    const post = bot.standIn.callsTo('chat.postMessage').at(-1);
    const id = buttonIn(post?.params.blocks, 'reminder_snooze').value;

    await bot.driver.clickButton('reminder_snooze', id, { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(bot.standIn.responseUrlPosts[0]?.body.text).toMatch(/^Snoozed: the next reminder comes <!date\^/);
    const snoozed = await bot.reminders.get(bot.standIn.workspaceId, id);
    // 09:00 in Berlin a week later: after the clocks moved on 29 March, that is 07:00Z, not 08:00Z.
    expect(snoozed?.nextDueAt).toBe(Date.parse('2026-03-30T07:00:00Z'));

    // Slack asks before Stop does anything (the press below is what Slack sends once it is confirmed).
    expect(buttonIn(post?.params.blocks, 'reminder_stop').confirm).toEqual({
      title: { type: 'plain_text', text: 'Stop these reminders?', emoji: false },
      text: expect.objectContaining({
        type: 'plain_text',
        text: expect.stringContaining('No more reminders'),
      }),
      confirm: { type: 'plain_text', text: 'Stop reminders', emoji: false },
      deny: { type: 'plain_text', text: 'Keep it', emoji: false },
      style: 'danger',
    });
    await bot.driver.clickButton('reminder_stop', id, { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 2);
    expect(bot.standIn.responseUrlPosts[1]?.body).toMatchObject({
      response_type: 'in_channel',
      text: '<@U0ASKER> stopped these reminders.',
    });
    now = new Date(MONDAY_23_MARCH_0900_BERLIN + 30 * 86_400_000);
    expect(await bot.scheduler.tick()).toBe(0);
  });

  it('/aiteam reminders lists them with edit and cancel', async () => {
    await setWeeklyReminder();
    const listed = await bot.driver.command('reminders');
    const text = JSON.stringify(listed.json?.blocks);
    expect(text).toContain(`Next: <!date^${MONDAY_23_MARCH_0900_BERLIN / 1000}^{date_long} at {time}`);
    expect(text).toContain('Repeats every week on Monday at 09:00 (Europe/Berlin) · set by <@U0ASKER>');

    const id = buttonIn(listed.json?.blocks, 'reminder_edit').value;
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.clickButton('reminder_edit', id, { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
    const form = bot.standIn.lastOpenedView();
    expect(
      form.blocks.find((block: { block_id?: string }) => block.block_id === 'date').element.initial_date,
    ).toBe('2026-03-23');
    const saved = await bot.driver.submitView(
      form,
      reminderState({ date: '2026-04-02', time: '14:30', repeat: 'monthly' }),
    );
    expect(JSON.stringify(saved.json?.view)).toContain('monthly at 14:30 (Europe/Berlin)');
    expect((await bot.reminders.get(bot.standIn.workspaceId, id))?.nextDueAt).toBe(
      Date.parse('2026-04-02T12:30:00Z'),
    );

    await bot.driver.clickButton('reminder_cancel', id, { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(bot.standIn.responseUrlPosts[0]?.body).toMatchObject({
      replace_original: true,
      text: expect.stringContaining('No reminders in this channel'),
    });
    expect((await bot.reminders.get(bot.standIn.workspaceId, id))?.status).toBe('stopped');
  });

  it('lets only the creator or an admin change or stop a reminder, and says so to anyone else', async () => {
    await setWeeklyReminder();
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    const listed = await bot.driver.command('reminders', { userId: 'U0OTHER' });
    const id = buttonIn(listed.json?.blocks, 'reminder_cancel').value;
    expect(buttonIn(listed.json?.blocks, 'reminder_cancel').confirm).toMatchObject({
      title: { text: 'Cancel this reminder?' },
      confirm: { text: 'Cancel reminder' },
      style: 'danger',
    });
    // Edit changes nothing by itself: no dialog.
    expect(buttonIn(listed.json?.blocks, 'reminder_edit').confirm).toBeUndefined();
    const refusal =
      'Only <@U0ASKER>, who set this reminder, or a workspace admin or owner can change or stop it. Anyone can snooze it.';

    for (const actionId of ['reminder_cancel', 'reminder_stop', 'reminder_edit']) {
      const before = bot.standIn.responseUrlPosts.length;
      await bot.driver.clickButton(actionId, id, { channelId: 'C0GENERAL', userId: 'U0OTHER' });
      await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === before + 1);
      expect(bot.standIn.responseUrlPosts.at(-1)?.body).toMatchObject({
        response_type: 'ephemeral',
        text: refusal,
      });
    }
    expect((await bot.reminders.get(bot.standIn.workspaceId, id))?.status).toBe('active');

    // A forged edit submission (the form opened by the creator, submitted by someone else) is refused too.
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.clickButton('reminder_edit', id, { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
    const forged = await bot.driver.submitView(
      bot.standIn.lastOpenedView(),
      reminderState({ date: '2026-04-01', time: '09:00', repeat: 'once' }),
      {
        userId: 'U0OTHER',
      },
    );
    expect(forged.json).toEqual({ response_action: 'errors', errors: { date: refusal } });

    await bot.driver.clickButton('reminder_stop', id, { channelId: 'C0GENERAL', userId: 'U0ADMIN' });
    await eventually(async () =>
      expect((await bot.reminders.get(bot.standIn.workspaceId, id))?.status).toBe('stopped'),
    );
  });

  it('pauses a reminder whose channel was archived and tells its creator by DM', async () => {
    await setWeeklyReminder();
    bot.standIn.addChannel('C0GENERAL', 'public', { archived: true });
    now = new Date(MONDAY_23_MARCH_0900_BERLIN);
    await bot.scheduler.tick();
    const [reminder] = await bot.reminders.listForChannel(bot.standIn.workspaceId, 'C0GENERAL');
    expect(reminder).toMatchObject({ status: 'paused', pausedReason: 'is_archived' });
    const dm = bot.standIn.callsTo('chat.postMessage').at(-1);
    expect(dm?.params.channel).toBe('U0ASKER');
    expect(String(dm?.params.text)).toContain(
      'I paused your reminder for <#C0GENERAL> because the channel was archived.',
    );
  });

  it('App Home shows the upcoming reminders of the user', async () => {
    await setWeeklyReminder();
    await bot.driver.openAppHome();
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const home = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view);
    expect(home).toContain(
      `<!date^${MONDAY_23_MARCH_0900_BERLIN / 1000}^{date_long} at {time}|2026-03-23> in <#C0GENERAL>: every week on Monday at 09:00`,
    );
    await eventually(() =>
      expect(bot.logs.requests().at(-1)).toMatchObject({ name: 'app_home_opened', outcome: 'ok' }),
    );
  });
});

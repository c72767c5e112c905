import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { buttonIn } from './driver.js';
import { type FormAnswers, formState, reminderState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

// Slack refuses views.open when a trigger id is older than three seconds, which a slow network can cause.
// Whatever button was pressed, the person must learn that nothing opened and what to do, not be left waiting.

let bot: BotHarness;
let answerButtons: Record<string, string>;
let reminderId: string;

const TEAM: FormAnswers = {
  name: 'Checkout',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'no_rush',
  practices: ['eval_set'],
  roles: { ai_engineer: { inHouse: 2 }, backend: { inHouse: 1 } },
};

beforeAll(async () => {
  bot = await startBot();
  await bot.driver.command('');
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
  await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(TEAM));
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
  const parent = bot.standIn.callsTo('chat.postMessage')[0]?.params.blocks;
  answerButtons = Object.fromEntries(
    ['edit_answers', 'remind_open'].map((actionId) => [actionId, buttonIn(parent, actionId).value]),
  );
  await bot.driver.clickButton('remind_open', answerButtons.remind_open, { channelId: 'C0GENERAL' });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 2);
  await bot.driver.submitView(
    bot.standIn.lastOpenedView(),
    reminderState({ date: '2030-03-23', time: '09:00', repeat: 'weeks', every: 1 }),
  );
  const [reminder] = await bot.reminders.listForChannel(bot.standIn.workspaceId, 'C0GENERAL');
  expect(reminder).toMatchObject({
    channelId: 'C0GENERAL',
    status: 'active',
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
  reminderId = reminder?.id ?? '';
});
afterAll(async () => {
  await bot.stop();
});

describe('a button whose modal Slack will not open', () => {
  const inMessage = [
    {
      actionId: 'edit_answers',
      value: () => answerButtons.edit_answers,
      modal: 'the questionnaire',
      button: 'Edit answers',
    },
    {
      actionId: 'remind_open',
      value: () => answerButtons.remind_open,
      modal: 'the reminder form',
      button: 'Remind us to revisit',
    },
    {
      actionId: 'reminder_reassess',
      value: () => reminderId,
      modal: 'the questionnaire',
      button: 'Re-assess now',
    },
    { actionId: 'reminder_edit', value: () => reminderId, modal: 'the reminder form', button: 'Edit' },
  ];

  it.each(inMessage)('$button in a message: an apology only the presser sees, in place', async (press) => {
    const answered = bot.standIn.responseUrlPosts.length;
    const posted = bot.standIn.callsTo('chat.postMessage').length;
    bot.standIn.fail('views.open', { error: 'expired_trigger_id' });
    const response = await bot.driver.clickButton(press.actionId, press.value(), { channelId: 'C0GENERAL' });
    expect(response.status).toBe(200);
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === answered + 1);
    expect(bot.standIn.responseUrlPosts.at(-1)?.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: thenAskAnAdmin(`Sorry, ${press.modal} did not open in time. Press *${press.button}* again.`),
    });
    expect(bot.standIn.callsTo('chat.postMessage').length).toBe(posted);
    expect(
      bot.logs.lines.filter((line) => line.msg === `could not open ${press.modal}`).at(-1),
    ).toMatchObject({
      method: 'views.open',
      level: 40,
    });
    await eventually(() => expect(bot.logs.requests().at(-1)?.outcome).toBe('failed'));
  });

  it('New assessment on App Home (no response_url there): the apology arrives in the Messages tab', async () => {
    const posted = bot.standIn.callsTo('chat.postMessage').length;
    bot.standIn.fail('views.open', { error: 'expired_trigger_id' });
    const response = await bot.driver.clickButton('new_assessment', undefined, {
      view: true,
      userId: 'U0HOMEUSER',
    });
    expect(response.status).toBe(200);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === posted + 1);
    expect(bot.standIn.callsTo('chat.postMessage').at(-1)?.params).toMatchObject({
      channel: 'U0HOMEUSER',
      text: thenAskAnAdmin('Sorry, the questionnaire did not open in time. Press *New assessment* again.'),
    });
    await eventually(() => expect(bot.logs.requests().at(-1)?.outcome).toBe('failed'));
  });

  it('when even the apology cannot be sent, that is logged and the bot keeps serving', async () => {
    bot.standIn.fail('views.open', { error: 'expired_trigger_id' });
    bot.standIn.fail('chat.postMessage', { error: 'ratelimited' });
    await bot.driver.clickButton('new_assessment', undefined, { view: true, userId: 'U0HOMEUSER' });
    await eventually(() =>
      expect(
        bot.logs.lines
          .filter((line) => line.msg === 'could not tell the person that a modal did not open')
          .at(-1),
      ).toMatchObject({ method: 'chat.postMessage', level: 40 }),
    );
    const help = await bot.driver.command('help');
    expect(help.json?.response_type).toBe('ephemeral');
  });
});

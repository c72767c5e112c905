import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

// Answers are posted after the submission is acknowledged, by clients of their own, paced per channel. A
// channel Slack rate-limits waits as long as Slack asks, alone: other people's forms still open, and the
// answer is posted in the end, or its asker told.

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot();
  bot.standIn.addChannel('C0BUSY', 'public');
});
afterEach(async () => {
  await bot.stop();
});

const TEAM: FormAnswers = {
  name: 'Checkout',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'weeks',
  roles: { ai_engineer: { inHouse: 2 }, ai_pm: { inHouse: 1 } },
  practices: ['eval_set', 'eval_owner'],
};
const ANSWER_POSTS = 5;

/** Runs /aiteam in `channelId` as `userId` and submits the team (not waiting for the answer). */
async function submitIn(channelId: string, userId: string) {
  const opened = bot.standIn.callsTo('views.open').length;
  await bot.driver.command('', { channelId, userId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  const view = bot.standIn.callsTo('views.open')[opened]?.params.view as Record<string, any>;
  await bot.driver.submitView(view, formState(TEAM), { userId });
}

const posted = (channel: string) =>
  bot.standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === channel && call.result.ok);
const apologies = (userId: string) =>
  bot.standIn.callsTo('chat.postMessage').filter((call) => call.params.channel === userId);

describe('answers when Slack rate-limits a channel', () => {
  it("one channel's 429 does not hold another person's /aiteam: the form opens while the answer waits", async () => {
    bot.standIn.fail('chat.postMessage', { status: 429, retryAfter: 4 });
    await submitIn('C0BUSY', 'U0ASKER');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 1);

    // Someone else, elsewhere, meanwhile: the trigger lives three seconds, less than the channel's wait.
    await bot.driver.command('', { channelId: 'C0GENERAL', userId: 'U0OTHER' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open')[1]?.result.ok !== undefined);
    expect(bot.standIn.callsTo('views.open')[1]?.result).toMatchObject({ ok: true });
    expect(posted('C0BUSY')).toHaveLength(0);

    await bot.standIn.waitFor(() => posted('C0BUSY').length === ANSWER_POSTS, 10_000, 'the whole answer');
    expect(apologies('U0ASKER')).toEqual([]);
    expect(bot.logs.lines).toContainEqual(
      expect.objectContaining({ channel: 'C0BUSY', retryAfterSeconds: 4 }),
    );
  });

  it('an answer is not dropped after four 429s in a row: each wait is kept, then it is posted', async () => {
    bot.standIn.fail('chat.postMessage', { status: 429, retryAfter: 1 }, 4);
    await submitIn('C0BUSY', 'U0ASKER');
    await bot.standIn.waitFor(() => posted('C0BUSY').length === ANSWER_POSTS, 12_000, 'the whole answer');
    expect(bot.standIn.callsTo('chat.postMessage').filter((call) => !call.result.ok)).toHaveLength(4);
    expect(apologies('U0ASKER')).toEqual([]);
  });

  it('a channel rate-limited for longer than an answer may wait: the asker is told instead', async () => {
    bot.standIn.fail('chat.postMessage', { status: 429, retryAfter: 120 });
    await submitIn('C0BUSY', 'U0ASKER');
    await bot.standIn.waitFor(() => apologies('U0ASKER').length === 1, 8_000, 'the apology');
    expect(posted('C0BUSY')).toHaveLength(0);
  });
});

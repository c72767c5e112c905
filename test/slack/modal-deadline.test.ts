import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { type BotHarness, startBot } from './harness.js';

// A trigger id lives three seconds. When Slack does not answer views.open in that time the person must hear
// so while it still helps, not minutes later (Node's own HTTP timeouts are five minutes).

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot();
  // Slack hangs on views.open for far longer than the trigger lives.
  bot.standIn.slow('views.open', 15_000);
});
afterEach(async () => {
  await bot.stop();
});

describe('a views.open that hangs', () => {
  it('/aiteam: the person is told the form did not open in time and to run it again', async () => {
    await bot.driver.command('');
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1, 6_000, 'the apology');
    expect(bot.standIn.responseUrlPosts[0]?.body).toMatchObject({
      response_type: 'ephemeral',
      text: thenAskAnAdmin('Sorry, the questionnaire did not open in time. Please run `/aiteam` again.'),
    });
    await eventually(() =>
      expect(bot.logs.lines).toContainEqual(
        expect.objectContaining({ msg: 'could not open the questionnaire', method: 'views.open' }),
      ),
    );
  });

  it('a button on App Home: the presser gets a DM saying to press it again', async () => {
    await bot.driver.clickButton('new_assessment', undefined, { view: true, userId: 'U0ASKER' });
    await bot.standIn.waitFor(
      () => bot.standIn.callsTo('chat.postMessage').some((call) => call.params.channel === 'U0ASKER'),
      6_000,
      'the apology by DM',
    );
    const dm = bot.standIn.callsTo('chat.postMessage').find((call) => call.params.channel === 'U0ASKER');
    expect(String(dm?.params.text)).toContain('did not open in time. Press *New assessment* again.');
  });

  it('the hung request itself is abandoned when the trigger expires, not held for minutes', async () => {
    await bot.driver.command('');
    // The client gives up on the first request after three seconds and tries once more (with an expired
    // trigger: Slack refuses that one at once when it answers).
    await eventually(() => expect(bot.standIn.callsTo('views.open').length).toBeGreaterThanOrEqual(2), 8_000);
    expect(new Set(bot.standIn.callsTo('views.open').map((call) => call.params.trigger_id)).size).toBe(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

/** Block ids of the questionnaire Slack was asked to open last. */
function formBlockIds(harness: BotHarness): string[] {
  return harness.standIn.lastOpenedView().blocks.map((block: { block_id?: string }) => block.block_id);
}

describe('a group DM', () => {
  it('/aiteam and /aiteam remind there are not offered, and say why and where they work', async () => {
    bot = await startBot();
    for (const text of ['', 'remind']) {
      const response = await bot.driver.command(text, {
        channelId: 'G0GROUPDM1',
        channelName: 'mpdm-ann--bob--cho-1',
      });
      expect(response.json?.response_type).toBe('ephemeral');
      expect(response.json?.text).toMatch(
        /^I can't answer in a group DM: Slack does not let an app post in one/,
      );
      expect(response.json?.text).toContain('*New assessment* on my App Home');
    }
    expect(bot.standIn.callsTo('views.open')).toEqual([]);
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'G0GROUPDM1', 5)).toEqual([]);
  });

  it('/aiteam plan there still sends the plan to the asker', async () => {
    bot = await startBot();
    const response = await bot.driver.command('plan', {
      channelId: 'G0GROUPDM1',
      channelName: 'mpdm-ann--bob-1',
    });
    expect(response.json?.text).toContain('on its way to your DMs');
  });

  it('a private channel whose id starts with G is not taken for a group DM', async () => {
    bot = await startBot();
    await bot.driver.command('', { channelId: 'G0PRIVATE1', channelName: 'privategroup' });
    const harness = bot;
    await harness.standIn.waitFor(() => harness.standIn.callsTo('views.open').length === 1);
  });
});

describe('the Company hiring plan box', () => {
  it('is offered in a channel, where it decides who sees the team', async () => {
    bot = await startBot();
    await bot.driver.command('');
    const harness = bot;
    await harness.standIn.waitFor(() => harness.standIn.callsTo('views.open').length === 1);
    expect(formBlockIds(harness)).toContain('shareWithPlan');
  });

  it('is not offered in a DM, whose team only its assessor sees in the plan whatever is ticked', async () => {
    bot = await startBot();
    bot.standIn.addChannel('D0ASKER', 'im', { botIsMember: true });
    await bot.driver.command('', { channelId: 'D0ASKER', channelName: 'directmessage' });
    const harness = bot;
    await harness.standIn.waitFor(() => harness.standIn.callsTo('views.open').length === 1);
    expect(formBlockIds(harness)).not.toContain('shareWithPlan');
  });
});

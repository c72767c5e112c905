import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { DatabaseUnavailableError } from '../../src/storage/unavailable.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const SUPPORT = { supportUrl: 'https://help.example.com/advisor', privacyUrl: 'https://example.com/privacy' };

async function homeBlocks(harness: BotHarness): Promise<Record<string, any>[]> {
  await harness.driver.openAppHome();
  await harness.standIn.waitFor(() => harness.standIn.callsTo('views.publish').length === 1);
  const publish = harness.standIn.callsTo('views.publish')[0]?.params as Record<string, any>;
  return publish.view.blocks;
}

describe('support and privacy links', () => {
  it('help names where to get help and the privacy policy', async () => {
    bot = await startBot({ support: SUPPORT });
    const response = await bot.driver.command('help');
    const shown = JSON.stringify(response.json?.blocks);
    expect(shown).toContain('<https://help.example.com/advisor|support>');
    expect(shown).toContain('<https://example.com/privacy|Privacy policy>');
    expect(shown).toContain('`/aiteam forget`');
  });

  it('App Home has Send feedback, linking to the support address with a subject, and names both links', async () => {
    bot = await startBot({ support: { supportUrl: 'mailto:advisor@example.com' } });
    const blocks = await homeBlocks(bot);
    const buttons = blocks.flatMap((block) => block.elements ?? []);
    expect(buttons).toContainEqual(
      expect.objectContaining({
        action_id: 'send_feedback',
        url: 'mailto:advisor@example.com?subject=AI%20Team%20Advisor%20feedback',
      }),
    );
    expect(JSON.stringify(blocks.at(-1))).toContain('<mailto:advisor@example.com|advisor@example.com>');
    // Pressing the link still reaches the app, which acknowledges it and does nothing else.
    const pressed = await bot.driver.clickButton('send_feedback', undefined, { view: true });
    expect(pressed.status).toBe(200);
    expect(bot.standIn.callsTo('chat.postMessage')).toEqual([]);
  });

  it('without a support address, points people to their admins and offers no dead button', async () => {
    bot = await startBot();
    const blocks = await homeBlocks(bot);
    expect(JSON.stringify(blocks)).not.toContain('send_feedback');
    expect(JSON.stringify(blocks.at(-1))).toContain('ask a workspace admin');
  });

  it('an error that asks the person to try again says where to get help', async () => {
    bot = await startBot({ support: SUPPORT });
    bot.store.channelHistory = () => Promise.reject(new DatabaseUnavailableError('timeout'));
    await bot.driver.command('history');
    const harness = bot;
    await harness.standIn.waitFor(() => harness.standIn.responseUrlPosts.length === 1);
    expect(harness.standIn.responseUrlPosts[0]?.body.text).toMatch(
      /^Sorry, that didn't work: .* For help or to send feedback: <https:\/\/help\.example\.com\/advisor\|support>\.$/,
    );
  });
});

describe('SUPPORT_URL and PRIVACY_URL', () => {
  const BASE = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };

  it('takes an https page, a mailto: link, or an email address (made a mailto: link)', () => {
    expect(loadConfig({ ...BASE, SUPPORT_URL: 'https://help.example.com' }).supportUrl).toBe(
      'https://help.example.com',
    );
    expect(loadConfig({ ...BASE, SUPPORT_URL: 'help@example.com' }).supportUrl).toBe(
      'mailto:help@example.com',
    );
    expect(loadConfig({ ...BASE, PRIVACY_URL: 'https://example.com/p' }).privacyUrl).toBe(
      'https://example.com/p',
    );
  });

  it('refuses anything else, naming the variable', () => {
    for (const [name, value] of [
      ['SUPPORT_URL', 'http://insecure.example.com'],
      ['SUPPORT_URL', 'call us'],
      ['SUPPORT_URL', 'https://example.com/a|<!channel>'],
      ['PRIVACY_URL', 'mailto:privacy@example.com'],
    ] as const) {
      expect(() => loadConfig({ ...BASE, [name]: value })).toThrow(new RegExp(`^${name} must be`));
    }
  });
});

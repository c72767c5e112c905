import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { cutOffMessage, notSavedMessage } from '../../src/slack/blocks/not-saved-message.js';
import { PlansUnderway } from '../../src/slack/plan/plans-underway.js';
import { StepRefusal } from '../../src/slack/steps/step-access.js';
import { failStep } from '../../src/slack/steps/step-failure.js';
import type { StepRun } from '../../src/slack/steps/step-run.js';
import { DatabaseUnavailableError } from '../../src/storage/unavailable.js';
import { ASK_AN_ADMIN } from '../helpers/support-words.js';
import { reminderState } from './form.js';
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

describe('errors that ask for another try name the support contact', () => {
  const HELP = 'For help or to send feedback: <https://help.example.com/advisor|support>.';

  it('the not-saved and cut-off apologies, in their text and their block', () => {
    for (const [message, start] of [
      [notSavedMessage('edit', SUPPORT), 'Sorry, your answers could not be saved just now'],
      [cutOffMessage('edit', SUPPORT), 'Sorry, I was restarting while posting'],
    ] as const) {
      expect(message.text.startsWith(start)).toBe(true);
      expect(message.text.endsWith(` ${HELP}`)).toBe(true);
      expect(JSON.stringify(message.blocks[0])).toContain('<https://help.example.com/advisor|support>');
    }
    expect(notSavedMessage('edit').text.endsWith(` ${ASK_AN_ADMIN}`)).toBe(true);
    expect(cutOffMessage('edit').text.endsWith(` ${ASK_AN_ADMIN}`)).toBe(true);
  });

  it('a plan already on its way, and too many plans at once', () => {
    const underway = new PlansUnderway(1, { supportUrl: 'mailto:advisor@example.com' });
    underway.begin('T1', 'U0ANN');
    const mailto = 'For help or to send feedback: <mailto:advisor@example.com|advisor@example.com>.';
    expect(underway.begin('T1', 'U0ANN')).toEqual({
      refused: `Your hiring plan is already on its way to your DMs, so I did not start another. Ask again once it has arrived. ${mailto}`,
    });
    expect(underway.begin('T1', 'U0BOB')).toEqual({
      refused: `So many hiring plans are being made right now that yours would wait a long time. Please try again in a few minutes. ${mailto}`,
    });
    const plain = new PlansUnderway(0);
    expect(plain.begin('T1', 'U0ANN')).toEqual({
      refused: `So many hiring plans are being made right now that yours would wait a long time. Please try again in a few minutes. ${ASK_AN_ADMIN}`,
    });
  });

  it("a workflow step's failure, in plain text (a step's error shows no links)", async () => {
    const failed: string[] = [];
    const run = {
      executionId: 'Fx1',
      fail: async (words: string) => {
        failed.push(words);
        return 'failed';
      },
    } as unknown as StepRun;
    const logger = pino({ level: 'silent' });
    await failStep(run, new Error('boom'), logger, SUPPORT);
    await failStep(run, new DatabaseUnavailableError('timeout'), logger, {
      supportUrl: 'mailto:a@example.com',
    });
    await failStep(
      run,
      new StepRefusal('Run the workflow again in a minute.', { tryAgain: true }),
      logger,
      SUPPORT,
    );
    await failStep(run, new StepRefusal('Pick an active channel.'), logger, SUPPORT);
    await failStep(run, new Error('boom'), logger);
    expect(failed).toEqual([
      'Something went wrong in AI Team Advisor, so this step did not finish. Please run the workflow again in a minute. For help or to send feedback: https://help.example.com/advisor.',
      "Sorry, that didn't work: my database isn't answering right now. Please try again in a minute. For help or to send feedback: a@example.com.",
      'Run the workflow again in a minute. For help or to send feedback: https://help.example.com/advisor.',
      // Words that say how to fix it themselves are not an error to ask about.
      'Pick an active channel.',
      `Something went wrong in AI Team Advisor, so this step did not finish. Please run the workflow again in a minute. ${ASK_AN_ADMIN}`,
    ]);
  });

  it("the reminder form's time-zone error, in plain text on its field", async () => {
    bot = await startBot({ support: SUPPORT });
    await bot.driver.command('remind');
    const harness = bot;
    await harness.standIn.waitFor(() => harness.standIn.callsTo('views.open').length === 1);
    harness.standIn.fail('users.info', { error: 'ratelimited' });
    const saved = await harness.driver.submitView(
      harness.standIn.lastOpenedView(),
      reminderState({ date: '2026-12-23', time: '09:00', repeat: 'once' }),
    );
    expect(saved.json).toEqual({
      response_action: 'errors',
      errors: {
        time: "I couldn't read the time zone from Slack. Please try again. For help or to send feedback: https://help.example.com/advisor.",
      },
    });
  });

  it('a modal that did not open', async () => {
    bot = await startBot({ support: SUPPORT });
    const harness = bot;
    harness.standIn.fail('views.open', { error: 'expired_trigger_id' });
    await harness.driver.command('');
    await harness.standIn.waitFor(() => harness.standIn.responseUrlPosts.length === 1);
    expect(harness.standIn.responseUrlPosts[0]?.body.text).toBe(
      `Sorry, the questionnaire did not open in time. Please run \`/aiteam\` again. ${HELP}`,
    );
  });
});

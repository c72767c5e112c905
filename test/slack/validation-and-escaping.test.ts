import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
let view: Record<string, any>;
beforeAll(async () => {
  bot = await startBot();
  await bot.driver.command('');
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
  view = bot.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
});
afterAll(async () => {
  await bot.stop();
});
beforeEach(() => {
  bot.standIn.calls.length = 0;
  bot.logs.raw.length = 0;
});

const COUNT = 'Must be a whole number from 0 to 500.';
const INVISIBLE_NAME = 'Must contain letters or digits people can see, or be left empty.';

const VALID: FormAnswers = {
  name: 'Checkout',
  stage: 'pilot',
  builds: 'both',
  urgency: 'weeks',
  roles: { ai_engineer: { inHouse: 2 }, ai_pm: { inHouse: 1 } },
};

async function submit(answers: FormAnswers) {
  return bot.driver.submitView(view, formState(answers));
}

/** The submission's listener has finished (its request line is logged) and nothing reached Slack. */
async function expectNothingPosted() {
  await eventually(() =>
    expect(bot.logs.requests().at(-1)).toMatchObject({ kind: 'view_submission', outcome: 'invalid_input' }),
  );
  expect(bot.standIn.callsTo('chat.postMessage')).toEqual([]);
}

describe('forged or out-of-range answers get inline errors and nothing is posted', () => {
  it.each<[string, FormAnswers, Record<string, string>]>([
    ['a negative count', { ...VALID, roles: { mlops: { inHouse: -2 } } }, { 'roles.mlops.inHouse': COUNT }],
    [
      'a million people',
      { ...VALID, roles: { backend: { augmented: 1_000_000 } } },
      { 'roles.backend.augmented': 'Must be at most 500.' },
    ],
    [
      'a fraction',
      { ...VALID, roles: { security: { inHouse: '1.5' } } },
      { 'roles.security.inHouse': COUNT },
    ],
    [
      'letters in a count',
      { ...VALID, roles: { security: { inHouse: 'lots' } } },
      { 'roles.security.inHouse': COUNT },
    ],
    [
      'a hexadecimal count',
      { ...VALID, roles: { mlops: { inHouse: '0x10' } } },
      { 'roles.mlops.inHouse': COUNT },
    ],
    ['an exponent', { ...VALID, roles: { mlops: { augmented: '1e2' } } }, { 'roles.mlops.augmented': COUNT }],
    [
      'a huge exponent',
      { ...VALID, roles: { ai_pm: { inHouse: '1e308' } } },
      { 'roles.ai_pm.inHouse': COUNT },
    ],
    [
      'a number too long to be exact',
      { ...VALID, roles: { ai_pm: { inHouse: '9'.repeat(400) } } },
      { 'roles.ai_pm.inHouse': 'Must be at most 500.' },
    ],
    [
      'a name with a line separator',
      { ...VALID, name: 'Check\u2028out' },
      { name: 'Must not contain control characters or line breaks.' },
    ],
    [
      'a name with a paragraph separator',
      { ...VALID, name: 'Check\u2029out' },
      { name: 'Must not contain control characters or line breaks.' },
    ],
    [
      'a name made only of zero-width characters',
      { ...VALID, name: '\u200B\u200C\u200D\u2060\uFEFF' },
      { name: INVISIBLE_NAME },
    ],
    [
      'a name made only of bidi controls and fillers',
      { ...VALID, name: '\u202E\u3164\u2800' },
      { name: INVISIBLE_NAME },
    ],
    [
      'a stage that does not exist',
      { ...VALID, stage: 'hypergrowth' },
      { stage: 'Must be one of: pilot, production, scale.' },
    ],
    [
      'a practice that does not exist',
      { ...VALID, practices: ['eval_set', 'vibes'] },
      { practices: 'Must be one of: eval_set, eval_owner, monitoring, governed_data, security_review.' },
    ],
    [
      'no urgency',
      { ...VALID, urgency: undefined },
      { urgency: 'Is required (one of: weeks, this_quarter, no_rush).' },
    ],
    [
      'a name of 81 characters',
      { ...VALID, name: 'n'.repeat(81) },
      { name: 'Must be at most 80 characters.' },
    ],
  ])('%s', async (_case, answers, errors) => {
    const response = await submit(answers);
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ response_action: 'errors', errors });
    await expectNothingPosted();
  });

  it('a forged "heading to the next stage" option', async () => {
    const values = formState(VALID);
    values.headingToNext = { value: { type: 'checkboxes', selected_options: [{ value: 'maybe' }] } };
    const response = await bot.driver.submitView(view, values);
    expect(response.json).toEqual({
      response_action: 'errors',
      errors: { headingToNext: 'Must be yes or no.' },
    });
    await expectNothingPosted();
  });

  it('reports every bad field at once', async () => {
    const response = await submit({
      ...VALID,
      stage: 'x',
      roles: { mlops: { inHouse: -1 }, ai_pm: { augmented: 9999 } },
    });
    expect(Object.keys(response.json?.errors ?? {}).sort()).toEqual([
      'roles.ai_pm.augmented',
      'roles.mlops.inHouse',
      'stage',
    ]);
  });

  it('removes bidi controls from a team name and answers with the name as it reads', async () => {
    const response = await submit({ ...VALID, name: '\u202Etuokcehc\u202C \u2066Team\u2069\u200F' });
    expect(response.text).toBe('');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
    const parent = bot.standIn.callsTo('chat.postMessage')[0]?.params;
    const everything = JSON.stringify(bot.standIn.callsTo('chat.postMessage').map((call) => call.params));
    expect(everything).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(JSON.stringify(parent?.blocks)).toContain('AI team assessment: tuokcehc Team');
  });

  it('answers a valid submission', async () => {
    const response = await submit(VALID);
    expect(response.text).toBe('');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
  });
});

describe('user text is shown, never obeyed', () => {
  /** Every mrkdwn text and fallback text the bot posted (header plain_text is never parsed by Slack). */
  function parsedTexts(): string[] {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) {
        for (const item of value) walk(item);
        return;
      }
      if (typeof value !== 'object' || value === null) return;
      const object = value as Record<string, unknown>;
      if (object.type === 'mrkdwn' && typeof object.text === 'string') texts.push(object.text);
      for (const item of Object.values(object)) walk(item);
    };
    for (const call of bot.standIn.callsTo('chat.postMessage')) {
      texts.push(String(call.params.text));
      walk(call.params.blocks);
    }
    return texts;
  }

  it.each([
    '<!channel>',
    '<https://example.com|click>',
    '@here look at https://evil.example.com',
    '<@U0OTHER> & <#C0OTHER>',
  ])('a team named %j pings nobody and links nowhere', async (name) => {
    await submit({ ...VALID, name });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
    const texts = parsedTexts(); // The name is in the message once (its plain-text header, checked below) and in the notification fallback.
    const named = texts.filter((text) => text.startsWith('AI team assessment for'));
    expect(named.length).toBe(1);
    for (const text of texts) {
      // The only control sequence allowed is the mention of the person who asked.
      expect(text.replaceAll('<@U0ASKER>', '')).not.toMatch(/<[!@#]|<https?:/);
      expect(text).not.toMatch(/(^|\s)@(here|channel|everyone)\b/);
      expect(text).not.toMatch(/https?:\/\//);
    }
    // The header is plain text, which Slack shows exactly as typed.
    const parent = bot.standIn.callsTo('chat.postMessage')[0]?.params.blocks as Record<string, any>[];
    expect(parent.find((block) => block.type === 'header')?.text).toEqual({
      type: 'plain_text',
      text: `AI team assessment: ${name}`,
      emoji: false,
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
let now = new Date('2026-01-12T10:00:00Z');
beforeEach(async () => {
  now = new Date('2026-01-12T10:00:00Z');
  bot = await startBot({ clock: { now: () => now } });
});
afterEach(async () => {
  await bot.stop();
});

const PILOT: FormAnswers = {
  name: 'Checkout',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'this_quarter',
  headingToNext: true,
  practices: ['eval_set', 'eval_owner'],
  roles: { ai_engineer: { inHouse: 2 }, ai_pm: { inHouse: 1 }, backend: { inHouse: 1 } },
};

const PRODUCTION: FormAnswers = {
  ...PILOT,
  stage: 'production',
  headingToNext: false,
  practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
  roles: {
    ai_engineer: { inHouse: 2 },
    ai_pm: { inHouse: 1 },
    backend: { inHouse: 2 },
    data_engineer: { inHouse: 1 },
    mlops: { augmented: 1 },
    eval_specialist: { inHouse: 1 },
    frontend_design: { inHouse: 1 },
    security: { inHouse: 1 },
  },
};

async function assessIn(answers: FormAnswers, channelId = 'C0GENERAL') {
  const opened = bot.standIn.callsTo('views.open').length;
  const posted = bot.standIn.callsTo('chat.postMessage').length;
  await bot.driver.command('', { channelId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  const view = bot.standIn.callsTo('views.open').at(-1)?.params.view as Record<string, any>;
  await bot.driver.submitView(view, formState(answers));
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === posted + 5);
  return JSON.stringify(bot.standIn.callsTo('chat.postMessage')[posted]?.params.blocks);
}

describe('history', () => {
  it('a re-assessment says what changed since the last one', async () => {
    const first = await assessIn(PILOT);
    expect(first).not.toContain('Since the last assessment');

    now = new Date('2026-03-03T10:00:00Z');
    const second = await assessIn(PRODUCTION);
    expect(second).toContain('*Since the last assessment* (<!date^1768212000^{date_long}|2026-01-12>): ');
    expect(second).toContain('stage Pilot → Production');
    expect(second).toContain('headcount 4 → 10');
    expect(second).toContain(
      // Titles as the pilot heading there was told them.
      'resolved: Nobody lined up to run the models in production; Data not governed; No security or governance seat',
    );
  });

  it('compares with the same team only', async () => {
    await assessIn(PILOT);
    const other = await assessIn({ ...PILOT, name: 'Search' });
    expect(other).not.toContain('Since the last assessment');
  });

  it('/aiteam history lists the channel over time, with the changes and their dates, and a Re-assess button', async () => {
    await assessIn(PILOT);
    now = new Date('2026-03-03T10:00:00Z');
    await assessIn(PRODUCTION);
    bot.standIn.addChannel('C0OTHER', 'public');
    await assessIn({ ...PILOT, name: 'Elsewhere' }, 'C0OTHER');

    const response = await bot.driver.command('history');
    expect(response.json?.response_type).toBe('ephemeral');
    const blocks = response.json?.blocks as Record<string, any>[];
    const sections = blocks
      .filter((block) => block.type === 'section')
      .map((block) => block.text.text as string);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain(
      '*<!date^1772532000^{date_long}|2026-03-03>* · *Checkout* · Production, 10 people (band 6 to 12, within)',
    );
    expect(sections[0]).toContain(
      'Since <!date^1768212000^{date_short}|2026-01-12>: stage Pilot → Production · headcount 4 → 10',
    );
    expect(sections[1]).toContain('Pilot heading to Production, 4 people (production band 6 to 12, below)');
    expect(sections[1]).toContain('First assessment of this team here');

    const button = blocks.find((block) => block.type === 'actions')?.elements[0];
    expect(button.action_id).toBe('edit_answers');
    expect(JSON.parse(button.value)).toMatchObject({
      channelId: 'C0GENERAL',
      profile: { stage: 'production' },
    });
  });

  it('says so when a channel has no assessments', async () => {
    const response = await bot.driver.command('history', { channelId: 'C0EMPTY' });
    expect(response.json?.text).toBe(
      'No assessments in this channel yet. Run `/aiteam` to make the first one.',
    );
  });
});

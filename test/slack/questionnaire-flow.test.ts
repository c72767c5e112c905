import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot();
});
afterEach(async () => {
  await bot.stop();
});

const FIFTEEN_PERSON_PILOT = {
  name: 'Search',
  stage: 'pilot',
  builds: 'foundation_apis',
  urgency: 'this_quarter',
  practices: ['eval_set'],
  roles: {
    ai_engineer: { inHouse: 4 },
    backend: { inHouse: 6 },
    frontend_design: { inHouse: 3 },
    data_scientist: { inHouse: 2 },
  },
};

async function openQuestionnaire(channelId = 'C0GENERAL') {
  const response = await bot.driver.command('', { channelId });
  expect(response.status).toBe(200);
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
  return bot.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
}

describe('/aiteam → questionnaire → answer in a thread', () => {
  it('opens the questionnaire at once, asking about every role', async () => {
    const view = await openQuestionnaire();
    expect(view.callback_id).toBe('questionnaire');
    const blockIds = view.blocks.map((block: { block_id?: string }) => block.block_id).filter(Boolean);
    for (const field of ['name', 'stage', 'builds', 'headingToNext', 'practices', 'urgency'])
      expect(blockIds).toContain(field);
    expect(blockIds.filter((id: string) => id.startsWith('roles.'))).toHaveLength(20);
    expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'C0GENERAL' });
  });

  it('posts a parent message in the channel and the grid, stall points, suggestions and readiness in its thread', async () => {
    const view = await openQuestionnaire();
    const submitted = await bot.driver.submitView(view, formState(FIFTEEN_PERSON_PILOT));
    expect(submitted.status).toBe(200);
    expect(submitted.text).toBe('');

    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length >= 5);
    const posts = bot.standIn.callsTo('chat.postMessage').map((call) => call.params);
    const [parent, ...replies] = posts;
    expect(parent?.channel).toBe('C0GENERAL');
    expect(parent?.thread_ts).toBeUndefined();
    expect(parent?.text).toContain('AI team assessment for Search: Pilot, 15 people (band 2 to 5).');
    const parentText = JSON.stringify(parent?.blocks);
    expect(parentText).toContain('<@U0ASKER>'); // The lead and the most pressing stall point's facts: for this oversized pilot, its missing product owner.
    expect(parentText).toContain('Most pressing: no AI product owner.');
    expect(parentText).toContain('edit_answers');

    const parentTs = bot.standIn.callsTo('chat.postMessage')[0]?.result.ts;
    expect(parentTs).toMatch(/^\d+\.\d+$/);
    for (const reply of replies) {
      expect(reply.channel).toBe('C0GENERAL');
      expect(reply.thread_ts).toBe(parentTs);
    }
    const [grid, stalls, suggestions, readiness] = replies;
    expect((grid?.blocks as { type: string }[] | undefined)?.some((block) => block.type === 'table')).toBe(
      true,
    );
    expect(JSON.stringify(stalls?.blocks)).toContain('Data scientists with no data engineer.');
    expect(JSON.stringify(suggestions?.blocks)).toContain('*AI product manager*: hire 1 full-time, now.');
    // Not heading anywhere: readiness in a line, how much is missing and what comes first.
    expect(JSON.stringify(readiness?.blocks)).toContain(
      'Toward Production: 8 seats or practices missing, first AI product manager.',
    );
    expect(
      replies.every((reply) => typeof reply.text === 'string' && (reply.text as string).length > 0),
    ).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { appHomeOpenedEvent, buttonIn } from './driver.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot({ clock: { now: () => new Date('2026-03-03T09:00:00Z') } });
});
afterEach(async () => {
  await bot.stop();
});

const TEAM: FormAnswers = {
  name: 'Checkout',
  stage: 'production',
  builds: 'both',
  urgency: 'no_rush',
  headingToNext: true,
  practices: ['eval_set', 'monitoring'],
  roles: { ai_engineer: { inHouse: 2, augmented: 1 }, ai_pm: { inHouse: 1 }, mlops: { augmented: 2 } },
};

function initialValues(view: Record<string, any>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const block of view.blocks) {
    const element = block.element;
    if (!element) continue;
    values[block.block_id] =
      element.initial_value ??
      element.initial_option?.value ??
      element.initial_options?.map((o: { value: string }) => o.value);
  }
  return values;
}

async function answer(answers: FormAnswers, channelId = 'C0GENERAL') {
  const opened = bot.standIn.callsTo('views.open').length;
  await bot.driver.command('', { channelId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  const posted = bot.standIn.callsTo('chat.postMessage').length;
  await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(answers));
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === posted + 5);
  return bot.standIn.callsTo('chat.postMessage')[posted];
}

describe('Edit answers', () => {
  it('reopens the questionnaire prefilled, and updates the answer with the revised one', async () => {
    const parent = await answer(TEAM);
    const button = buttonIn(parent?.params.blocks, 'edit_answers');
    expect(button.value.length).toBeLessThanOrEqual(2000);

    await bot.driver.clickButton('edit_answers', button.value, {
      channelId: 'C0GENERAL',
      messageTs: parent?.result.ts,
    });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 2);
    const prefilled = initialValues(bot.standIn.lastOpenedView());
    expect(prefilled).toMatchObject({
      name: 'Checkout',
      stage: 'production',
      builds: 'both',
      urgency: 'no_rush',
      headingToNext: ['yes'],
      practices: ['eval_set', 'monitoring'],
      'roles.ai_engineer.inHouse': '2',
      'roles.ai_engineer.augmented': '1',
      'roles.mlops.augmented': '2',
    });
    expect(prefilled['roles.backend.inHouse']).toBeUndefined();
    expect(JSON.parse(bot.standIn.lastOpenedView().private_metadata)).toEqual({
      channelId: 'C0GENERAL',
      edits: { teamName: 'Checkout' },
    });

    await bot.driver.submitView(bot.standIn.lastOpenedView(), formState({ ...TEAM, stage: 'scale' }));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.update').length === 5);
    expect(bot.standIn.callsTo('chat.postMessage')).toHaveLength(5);
    const updated = bot.standIn.callsTo('chat.update')[0]?.params;
    expect(updated?.ts).toBe(parent?.result.ts);
    expect(String(updated?.text)).toContain('Checkout: Scale');
  });

  it('opens a blank questionnaire when the button value is not a profile', async () => {
    await bot.driver.clickButton('edit_answers', '{"stage":"moon"}', { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    expect(initialValues(bot.standIn.lastOpenedView()).stage).toBeUndefined();
  });
});

describe('App Home', () => {
  it("lists the user's recent assessments and offers a new one", async () => {
    await answer(TEAM);
    await answer({ ...TEAM, name: '<!here> Search', stage: 'pilot' }, 'C0GENERAL');
    await bot.driver.openAppHome();
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const publish = bot.standIn.callsTo('views.publish')[0]?.params as Record<string, any>;
    expect(publish.user_id).toBe('U0ASKER');
    const text = JSON.stringify(publish.view.blocks);
    expect(text).toContain('new_assessment');
    expect(text).toContain(
      '*Checkout* in <#C0GENERAL>: Production heading to Scale, 6 people (scale band 12 to 30+, below). Most severe: ',
    );
    expect(text).toContain('&lt;!here&gt; Search');
    expect(text).toContain('<!date^1772528400^');
  });

  it('shows only channels the user is still in', async () => {
    bot.standIn.addChannel('G0LEFT', 'private', { members: ['U0ASKER'] });
    await answer({ ...TEAM, name: 'Secret team' }, 'G0LEFT');
    bot.standIn.addChannel('G0LEFT', 'private', { members: ['U0SOMEONE'] }); // the asker left
    await bot.driver.openAppHome();
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const home = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view);
    expect(home).not.toContain('Secret team');
    expect(bot.standIn.callsTo('users.conversations')[0]?.params).toMatchObject({ user: 'U0ASKER' });
  });

  it('shows nothing of another user', async () => {
    await answer(TEAM);
    await bot.driver.openAppHome('U0SOMEONE');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    expect(JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view)).toContain('None yet');
  });

  it('New assessment asks where to post, and posts there', async () => {
    await bot.driver.clickButton('new_assessment', undefined, { view: true });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    expect(view.blocks.some((block: { block_id?: string }) => block.block_id === 'channel')).toBe(true);

    const missing = await bot.driver.submitView(view, formState(TEAM));
    expect(missing.json).toEqual({
      response_action: 'errors',
      errors: { channel: 'Pick where to post the advice.' },
    });

    await bot.driver.submitView(view, formState({ ...TEAM, channel: 'C0GENERAL' }));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
    expect(bot.standIn.callsTo('chat.postMessage')[0]?.params.channel).toBe('C0GENERAL');
  });

  it('handles a retried event once (X-Slack-Retry-Num)', async () => {
    const event = appHomeOpenedEvent();
    expect((await bot.driver.event(event, undefined, { eventId: 'Ev0RETRIED' })).status).toBe(200);
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    expect((await bot.driver.event(event, undefined, { eventId: 'Ev0RETRIED', retryNum: 1 })).status).toBe(
      200,
    );
    await eventually(() =>
      expect(bot.logs.requests().at(-1)).toMatchObject({ name: 'app_home_opened', outcome: 'duplicate' }),
    );
    expect(bot.standIn.callsTo('views.publish')).toHaveLength(1);
    await bot.driver.event(event, undefined, { eventId: 'Ev0ANOTHER' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 2);
  });

  it('ignores the Messages tab', async () => {
    await bot.driver.openAppHome('U0ASKER', 'messages');
    await eventually(() => expect(bot.logs.requests().at(-1)).toMatchObject({ name: 'app_home_opened' }));
    expect(bot.standIn.callsTo('views.publish')).toEqual([]);
  });
});

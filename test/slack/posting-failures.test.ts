import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { buttonIn } from './driver.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot();
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

/** Runs /aiteam in `channelId` and submits the team; returns the chat.postMessage calls once `count` were made. */
async function answerIn(channelId: string, count: number) {
  await bot.driver.command('', { channelId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
  const view = bot.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
  const response = await bot.driver.submitView(view, formState(TEAM));
  expect(response.status).toBe(200);
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length >= count, 8000);
  return bot.standIn.callsTo('chat.postMessage');
}

function warnings(): Record<string, any>[] {
  return bot.logs.lines.filter((line) => line.level >= 40);
}

describe('when the answer cannot be posted where it was asked', () => {
  it('joins a public channel it is not in, then posts the answer and its thread there', async () => {
    bot.standIn.addChannel('C0PUBLIC', 'public', { botIsMember: false });
    const posts = await answerIn('C0PUBLIC', 6);
    expect(posts.map((call) => call.result.error ?? 'ok')).toEqual([
      'not_in_channel',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
    expect(bot.standIn.callsTo('conversations.join').map((call) => call.params.channel)).toEqual([
      'C0PUBLIC',
    ]);
    const parentTs = posts[1]?.result.ts;
    expect(
      posts
        .slice(2)
        .every((call) => call.params.channel === 'C0PUBLIC' && call.params.thread_ts === parentTs),
    ).toBe(true);
    expect(warnings()).toContainEqual(
      expect.objectContaining({ channel: 'C0PUBLIC', method: 'chat.postMessage', error: 'not_in_channel' }),
    );
  });

  it('sends the answer by DM from a private channel it is not in, saying how to invite it', async () => {
    bot.standIn.addChannel('G0PRIVATE', 'private', { botIsMember: false });
    const posts = await answerIn('G0PRIVATE', 6);
    expect(posts[0]?.result.error).toBe('channel_not_found');
    expect(bot.standIn.callsTo('conversations.join')).toEqual([]);
    const dm = posts.slice(1);
    expect(dm.every((call) => call.result.ok === true && call.result.channel === 'D0ASKER')).toBe(true);
    expect(dm[0]?.params.channel).toBe('U0ASKER');
    const notice = JSON.stringify(dm[0]?.params.blocks);
    expect(notice).toContain("I couldn't post in <#G0PRIVATE>");
    expect(notice).toContain('/invite <@UBOTADVISOR>');
    expect(dm.slice(1).every((call) => call.params.thread_ts === dm[0]?.result.ts)).toBe(true);
    await eventually(() =>
      expect(bot.logs.requests().at(-1)).toMatchObject({
        kind: 'view_submission',
        outcome: 'answered_by_dm',
      }),
    );
  });

  it('answers in the private channel once invited, when Edit answers is pressed on the DM copy', async () => {
    bot.standIn.addChannel('G0PRIVATE', 'private', { botIsMember: false });
    const posts = await answerIn('G0PRIVATE', 6);
    const dmParent = posts[1];
    const button = buttonIn(dmParent?.params.blocks, 'edit_answers');

    bot.standIn.addChannel('G0PRIVATE', 'private', { botIsMember: true }); // /invite @AI Team Advisor
    await bot.driver.clickButton('edit_answers', button.value, {
      channelId: 'D0ASKER',
      messageTs: dmParent?.result.ts,
    });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 2);
    const view = bot.standIn.callsTo('views.open')[1]?.params.view as Record<string, any>;
    expect(JSON.parse(view.private_metadata)).toEqual({
      channelId: 'G0PRIVATE',
      membersOnly: true,
      edits: { teamName: TEAM.name },
    });

    await bot.driver.submitView(view, formState(TEAM));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 11);
    expect(bot.standIn.callsTo('chat.postMessage')[6]?.result).toMatchObject({
      ok: true,
      channel: 'G0PRIVATE',
    });
    // The DM copy is not what the channel asked for: a new answer in the channel, not an update of the DM.
    expect(bot.standIn.callsTo('chat.update')).toEqual([]);
  });

  it('sends the answer by DM when asked in a DM between people', async () => {
    bot.standIn.addChannel('D0BETWEENUS', 'im', { botIsMember: false });
    const posts = await answerIn('D0BETWEENUS', 6);
    expect(posts[0]?.result.error).toBe('channel_not_found');
    expect(JSON.stringify(posts[1]?.params.blocks)).toContain('a direct message I am not part of');
  });

  it('sends the answer by DM when the channel was archived', async () => {
    bot.standIn.addChannel('C0ARCHIVED', 'public', { archived: true });
    const posts = await answerIn('C0ARCHIVED', 6);
    expect(posts[0]?.result.error).toBe('is_archived');
    expect(posts[1]?.params.channel).toBe('U0ASKER');
  });

  it('waits out a rate limit as Slack says (Retry-After) and posts', async () => {
    bot.standIn.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    const posts = await answerIn('C0GENERAL', 6);
    expect(posts.map((call) => call.result.ok ?? false)).toEqual([false, true, true, true, true, true]);
    const [limited, retried] = posts;
    expect((retried?.at ?? 0) - (limited?.at ?? Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(900);
    expect(posts[1]?.params.channel).toBe('C0GENERAL');
    expect(warnings()).toContainEqual(
      expect.objectContaining({ method: 'chat.postMessage', channel: 'C0GENERAL', retryAfterSeconds: 1 }),
    );
  });

  it('tells the asker by DM when Slack refuses the answer outright, and logs why', async () => {
    bot.standIn.fail('chat.postMessage', { error: 'fatal_error' });
    const posts = await answerIn('C0GENERAL', 2);
    expect(posts[1]?.params).toMatchObject({ channel: 'U0ASKER' });
    expect(String(posts[1]?.params.text)).toContain("I couldn't post your AI team assessment");
    await eventually(() =>
      expect(warnings()).toContainEqual(
        expect.objectContaining({ msg: 'could not deliver the answer', error: 'fatal_error' }),
      ),
    );
    await eventually(() => expect(bot.logs.requests().at(-1)).toMatchObject({ outcome: 'failed' }));
  });

  it('posts the rest of the thread when one reply fails, and tells the asker', async () => {
    bot.standIn.addChannel('C0FLAKY', 'public');
    await bot.driver.command('', { channelId: 'C0FLAKY' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
    // The parent goes through; the first threaded reply (the grid) is refused.
    bot.standIn.failAfter('chat.postMessage', 1, { error: 'msg_blocks_too_long' });
    await bot.driver.submitView(view, formState(TEAM));
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 6);
    const posts = bot.standIn.callsTo('chat.postMessage');
    expect(posts.map((call) => call.result.ok)).toEqual([true, false, true, true, true, true]);
    expect(posts.slice(2, 5).every((call) => call.params.channel === 'C0FLAKY')).toBe(true);
    expect(String(posts[5]?.params.text)).toContain('part of your AI team assessment could not be posted');
    expect(posts[5]?.params.channel).toBe('U0ASKER');
  });

  it('keeps the assessment even when posting fails', async () => {
    bot.standIn.fail('chat.postMessage', { error: 'fatal_error' });
    await answerIn('C0GENERAL', 2);
    const stored = await bot.store.recentByUser(bot.standIn.workspaceId, 'U0ASKER', 5);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channelId: 'C0GENERAL', teamName: 'Checkout', stage: 'pilot' });
  });
});

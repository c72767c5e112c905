import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/eventually.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

/**
 * The questionnaire says at once when its answer cannot go where it would: a private channel or DM the bot
 * is not in, or (picked on App Home's form) a channel the person is not a member of; and an answer is
 * posted only in a channel the person is a member of.
 */
let bot: BotHarness;
afterEach(async () => {
  await bot.stop();
});

const TEAM: FormAnswers = { name: 'Search', stage: 'pilot', builds: 'both', urgency: 'weeks' };

const updates = () => bot.standIn.callsTo('views.update');
const noticeOf = (view: Record<string, any> | undefined) =>
  view?.blocks.find((block: { block_id?: string }) => block.block_id === 'posting_notice')?.text.text as
    | string
    | undefined;

/** Picks `channelId` in the "Post the advice in" menu of the form opened from App Home, as `userId`. */
async function pick(channelId: string, userId: string, view: Record<string, any>) {
  return bot.driver.interaction({
    type: 'block_actions',
    team: { id: bot.standIn.workspaceId, domain: 'example' },
    user: { id: userId, username: 'u', name: 'u', team_id: bot.standIn.workspaceId },
    api_app_id: 'A0ADVISOR',
    token: 'legacy-verification-token',
    trigger_id: bot.standIn.issueTrigger(),
    container: { type: 'view', view_id: 'V0FORM' },
    view: { ...view, id: 'V0FORM', hash: 'V0FORM.hash', state: { values: {} } },
    actions: [
      {
        type: 'conversations_select',
        block_id: 'channel',
        action_id: 'value',
        selected_conversation: channelId,
        action_ts: '1.1',
      },
    ],
  });
}

async function openFromHome(userId: string): Promise<Record<string, any>> {
  await bot.driver.clickButton('new_assessment', undefined, { view: true, userId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
  return bot.standIn.lastOpenedView();
}

describe('the form warns before it is filled in', () => {
  it('/aiteam in a private channel the bot is not in: the open form says to invite it, or that the answer comes by DM', async () => {
    bot = await startBot();
    bot.standIn.addChannel('C0SECRET', 'private', { botIsMember: false, members: ['U0ASKER'] });
    await bot.driver.command('', { channelId: 'C0SECRET' });
    await bot.standIn.waitFor(() => updates().length === 1);
    const update = updates()[0]?.params as Record<string, any>;
    expect(noticeOf(update.view)).toContain('Invite me first (`/invite @AI Team Advisor`)');
    // The same form, its inputs under the same ids, so what was typed meanwhile stays.
    const opened = bot.standIn.lastOpenedView();
    const inputs = (view: Record<string, any>) =>
      view.blocks
        .filter((b: { type: string }) => b.type === 'input')
        .map((b: { block_id: string }) => b.block_id);
    expect(inputs(update.view)).toEqual(inputs(opened));
    expect(update.hash).toBeDefined();
  });

  it('/aiteam in a public channel or one the bot is in: no warning', async () => {
    bot = await startBot();
    bot.standIn.addChannel('C0OPEN', 'public', { botIsMember: false });
    bot.standIn.addChannel('C0INVITED', 'private', { botIsMember: true, members: ['U0ASKER'] });
    for (const channelId of ['C0OPEN', 'C0INVITED']) await bot.driver.command('', { channelId });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('conversations.info').length === 2);
    await eventually(() => expect(bot.logs.requests().filter((r) => r.name === '/aiteam')).toHaveLength(2));
    expect(updates()).toEqual([]);
  });

  it('/aiteam again in a channel the bot can post in: Slack is not asked again until the answer is a minute old', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    bot = await startBot({ clock: { now: () => new Date(now) } });
    bot.standIn.addChannel('C0OPEN', 'public', { botIsMember: false });
    const opens = async (count: number) => {
      await bot.driver.command('', { channelId: 'C0OPEN' });
      await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === count);
      await eventually(() =>
        expect(bot.logs.requests().filter((r) => r.name === '/aiteam')).toHaveLength(count),
      );
    };
    await opens(1);
    await opens(2);
    expect(bot.standIn.callsTo('conversations.info')).toHaveLength(1);
    now += 60_000;
    await opens(3);
    expect(bot.standIn.callsTo('conversations.info')).toHaveLength(2);
    expect(updates()).toEqual([]);
  });

  it('a bot removed from a private channel warns on the next /aiteam there, at once', async () => {
    bot = await startBot();
    bot.standIn.addChannel('C0TEAM', 'private', { botIsMember: true, members: ['U0ASKER'] });
    await bot.driver.command('', { channelId: 'C0TEAM' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('conversations.info').length === 1);
    await eventually(() => expect(bot.logs.requests().filter((r) => r.name === '/aiteam')).toHaveLength(1));
    expect(updates()).toEqual([]);

    bot.standIn.addChannel('C0TEAM', 'private', { botIsMember: false, members: ['U0ASKER'] });
    expect((await bot.driver.event({ type: 'group_left', channel: 'C0TEAM' })).status).toBe(200);
    await bot.driver.command('', { channelId: 'C0TEAM' });
    await bot.standIn.waitFor(() => updates().length === 1);
    expect(bot.standIn.callsTo('conversations.info')).toHaveLength(2);
    expect(noticeOf(updates()[0]?.params.view as Record<string, any>)).toContain('Invite me first');
  });

  it('App Home: picking a channel the person is not in, or a private one the bot is not in, is said at once; a fine pick clears it', async () => {
    bot = await startBot();
    bot.standIn.addChannel('C0OTHERS', 'public', { members: ['U0SOMEONE'] });
    bot.standIn.addChannel('C0SECRET', 'private', { botIsMember: false, members: ['U0ASKER'] });
    const view = await openFromHome('U0ASKER');
    expect(view.blocks.find((b: { block_id?: string }) => b.block_id === 'channel').dispatch_action).toBe(
      true,
    );

    await pick('C0OTHERS', 'U0ASKER', view);
    await bot.standIn.waitFor(() => updates().length === 1);
    expect(noticeOf(updates()[0]?.params.view as Record<string, any>)).toContain(
      'You are not a member of <#C0OTHERS>',
    );

    const warned = updates()[0]?.params.view as Record<string, any>;
    await pick('C0SECRET', 'U0ASKER', warned);
    await bot.standIn.waitFor(() => updates().length === 2);
    const second = updates()[1]?.params.view as Record<string, any>;
    expect(noticeOf(second)).toContain("I'm not in this private channel");
    // The pick is kept in the menu.
    expect(
      second.blocks.find((b: { block_id?: string }) => b.block_id === 'channel').element.initial_conversation,
    ).toBe('C0SECRET');

    await pick('C0GENERAL', 'U0ASKER', second);
    await bot.standIn.waitFor(() => updates().length === 3);
    expect(noticeOf(updates()[2]?.params.view as Record<string, any>)).toBeUndefined();
  });
});

describe('an answer goes only to a channel the person is a member of', () => {
  it('a public channel picked on App Home that the person is not in: nothing is joined, posted or stored, and they are told', async () => {
    bot = await startBot();
    bot.standIn.addChannel('C0OTHERS', 'public', { botIsMember: false, members: ['U0SOMEONE'] });
    const view = await openFromHome('U0ASKER');
    await bot.driver.submitView(view, formState({ ...TEAM, channel: 'C0OTHERS' }), { userId: 'U0ASKER' });
    await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('chat.postMessage').some((call) => call.params.channel === 'U0ASKER'),
    );
    const told = bot.standIn.callsTo('chat.postMessage').find((call) => call.params.channel === 'U0ASKER');
    expect(told?.params.text).toContain('you are not a member of that channel');
    expect(bot.standIn.callsTo('conversations.join')).toEqual([]);
    expect(bot.standIn.messagesIn('C0OTHERS')).toEqual([]);
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0OTHERS', 5)).toEqual([]);
  });

  it('the refusal names the support contact when SUPPORT_URL is set', async () => {
    bot = await startBot({ support: { supportUrl: 'https://help.example.com/advisor' } });
    bot.standIn.addChannel('C0OTHERS', 'public', { botIsMember: false, members: ['U0SOMEONE'] });
    const view = await openFromHome('U0ASKER');
    await bot.driver.submitView(view, formState({ ...TEAM, channel: 'C0OTHERS' }), { userId: 'U0ASKER' });
    await bot.standIn.waitFor(() =>
      bot.standIn.callsTo('chat.postMessage').some((call) => call.params.channel === 'U0ASKER'),
    );
    const told = bot.standIn.callsTo('chat.postMessage').find((call) => call.params.channel === 'U0ASKER');
    expect(told?.params.text).toMatch(
      /you are not a member of that channel.* For help or to send feedback: <https:\/\/help\.example\.com\/advisor\|support>\.$/,
    );
  });

  it('a channel the person is in is answered as before', async () => {
    bot = await startBot();
    bot.standIn.addChannel('C0MINE', 'public', { botIsMember: false, members: ['U0ASKER'] });
    const view = await openFromHome('U0ASKER');
    await bot.driver.submitView(view, formState({ ...TEAM, channel: 'C0MINE' }), { userId: 'U0ASKER' });
    await bot.standIn.waitFor(() => bot.standIn.messagesIn('C0MINE').length === 5);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { encodeEditValue } from '../../src/slack/questionnaire/edit-value.js';
import { team } from '../helpers/teams.js';
import { buttonIn } from './driver.js';
import { type FormAnswers, formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';
import { dmsTo, fakePicture, planFor, stored, textOf } from './plan-fixtures.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

const DAY = 24 * 60 * 60 * 1000;
/** Assessed long enough ago to be stale: its plan line offers Re-assess where the reader may post. */
const STALE = new Date(Date.now() - 200 * DAY);

/** A team's line in the plan ("3. *Name* ..."; a seat line names its role first). */
function teamLine(messages: Parameters<typeof textOf>[0], name: string): Record<string, any> | undefined {
  return messages
    .flatMap((call) => (call.params.blocks ?? []) as Record<string, any>[])
    .find((block) => block.type === 'section' && block.text?.text.match(/^\d+\. \*([^*]+)\*/)?.[1] === name);
}

describe('who sees which teams in the plan', () => {
  it('never shows an admin a team assessed in somebody else’s direct message', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    await bot.store.save(stored(bot, { channelId: 'D0ANNBOB', userId: 'U0ANN', teamName: 'Quiet' }));
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', userId: 'U0ANN', teamName: 'Loud' }));
    const text = textOf(await planFor(bot, 'U0ADMIN'));
    expect(text).toContain('*Loud*');
    expect(text).not.toContain('Quiet');
    // Its author still sees it.
    expect(textOf(await planFor(bot, 'U0ANN'))).toContain('*Quiet* (in a direct message)');
  });

  it('offers Re-assess only in channels the reader is a member of, and says who can elsewhere', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    bot.standIn.addChannel('C0MINE', 'public', { members: ['U0ADMIN'] });
    bot.standIn.addChannel('C0THEIRS', 'public', { members: ['U0BOB'] });
    await bot.store.save(stored(bot, { channelId: 'C0MINE', teamName: 'Mine', createdAt: STALE }));
    await bot.store.save(stored(bot, { channelId: 'C0THEIRS', teamName: 'Theirs', createdAt: STALE }));
    await bot.store.save(
      stored(bot, { channelId: 'D0ADMIN', userId: 'U0ADMIN', teamName: 'Own', createdAt: STALE }),
    );
    const messages = await planFor(bot, 'U0ADMIN');
    expect(teamLine(messages, 'Mine')?.accessory?.text.text).toBe('Re-assess');
    expect(teamLine(messages, 'Own')?.accessory?.text.text).toBe('Re-assess');
    const theirs = teamLine(messages, 'Theirs');
    expect(theirs?.accessory).toBeUndefined();
    expect(theirs?.text.text).toContain('A member of <#C0THEIRS> can re-assess it there.');
    // A member of that channel gets the button.
    const bob = await planFor(bot, 'U0BOB');
    expect(teamLine(bob, 'Theirs')?.accessory?.text.text).toBe('Re-assess');
  });
});

describe('teams of private channels', () => {
  /** A private channel of Bob's, one of Ann's that shared its team, and a public channel nobody here is in. */
  async function threeChannels(): Promise<void> {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    bot.standIn.addChannel('C0BOBS', 'private', { members: ['U0BOB'] });
    bot.standIn.addChannel('C0ANNS', 'private', { members: ['U0ANN'] });
    bot.standIn.addChannel('C0OPEN', 'public', { members: ['U0CAROL'] });
    await bot.store.save(stored(bot, { channelId: 'C0BOBS', userId: 'U0BOB', teamName: 'Hidden' }));
    await bot.store.save(
      stored(bot, { channelId: 'C0ANNS', userId: 'U0ANN', teamName: 'Shared', sharedWithPlan: true }),
    );
    await bot.store.save(stored(bot, { channelId: 'C0OPEN', userId: 'U0CAROL', teamName: 'Open' }));
  }

  it('shows a private channel’s team to its members only, and counts it for everyone else, admins included', async () => {
    await threeChannels();
    expect(textOf(await planFor(bot, 'U0BOB'))).toContain('*Hidden*');
    for (const reader of ['U0ADMIN', 'U0EVE']) {
      const text = textOf(await planFor(bot, reader));
      expect(text).not.toContain('Hidden');
      expect(text).toContain('1 team in private channels not shared');
    }
    // A member sees it, so nothing is counted for them.
    expect(textOf(await planFor(bot, 'U0BOB'))).not.toContain('not shared');
  });

  it('shows a private channel’s team to everyone when the channel chose to share it', async () => {
    await threeChannels();
    for (const reader of ['U0ADMIN', 'U0EVE', 'U0BOB']) {
      expect(textOf(await planFor(bot, reader))).toContain('*Shared*');
    }
  });

  it('shows a public channel’s team to admins, and to others only when they are members', async () => {
    await threeChannels();
    expect(textOf(await planFor(bot, 'U0ADMIN'))).toContain('*Open*');
    expect(textOf(await planFor(bot, 'U0CAROL'))).toContain('*Open*');
    const eve = textOf(await planFor(bot, 'U0EVE'));
    expect(eve).not.toContain('Open');
    // A public channel is not counted among the private ones.
    expect(eve).toContain('1 team in private channels not shared');
  });

  it('a channel made private since it answered is private', async () => {
    await threeChannels();
    bot.standIn.addChannel('C0OPEN', 'private', { members: ['U0CAROL'] });
    const text = textOf(await planFor(bot, 'U0ADMIN'));
    expect(text).not.toContain('Open');
    expect(text).toContain('2 teams in private channels not shared');
  });

  it('App Home says the same count, and someone who sees no team is told why', async () => {
    await threeChannels();
    await bot.store.deleteChannel(bot.standIn.workspaceId, 'C0ANNS');
    await bot.driver.openAppHome('U0EVE');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const home = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view);
    expect(home).toContain('1 team in private channels not shared');
    expect(home).not.toContain('Hidden');
    expect(textOf(await planFor(bot, 'U0EVE'))).toContain('1 team in private channels not shared');
  });

  it('the questionnaire asks, and the answer is stored with the choice', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.addChannel('C0BOBS', 'private', { members: ['U0BOB'] });
    await bot.driver.command('', { channelId: 'C0BOBS', userId: 'U0BOB' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.lastOpenedView();
    const box = view.blocks.find((block: { block_id?: string }) => block.block_id === 'shareWithPlan');
    expect(box.element.options.map((option: { value: string }) => option.value)).toEqual(['share']);
    expect(box.optional).toBe(true);
    const answers: FormAnswers = { name: 'Chosen', stage: 'pilot', builds: 'both', urgency: 'weeks' };
    await bot.driver.submitView(view, formState({ ...answers, shareWithPlan: true }), { userId: 'U0BOB' });
    await bot.standIn.waitFor(() => bot.standIn.messagesIn('C0BOBS').length > 0);
    const [record] = await bot.store.channelHistory(bot.standIn.workspaceId, 'C0BOBS', 1);
    expect(record?.sharedWithPlan).toBe(true);
    // Edit answers starts with the box ticked.
    const parent = bot.standIn.callsTo('chat.postMessage').find((call) => call.params.channel === 'C0BOBS');
    const button = buttonIn(parent?.params.blocks, 'edit_answers');
    await bot.driver.clickButton('edit_answers', button.value, { channelId: 'C0BOBS', userId: 'U0BOB' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 2);
    const reopened = bot.standIn.lastOpenedView();
    const ticked = reopened.blocks.find((block: { block_id?: string }) => block.block_id === 'shareWithPlan');
    expect(ticked.element.initial_options).toEqual([expect.objectContaining({ value: 'share' })]);
  });
});

describe('a questionnaire opened away from its channel', () => {
  const THEIRS: FormAnswers = {
    name: 'Theirs',
    stage: 'production',
    builds: 'both',
    urgency: 'weeks',
    roles: { ai_engineer: { inHouse: 3 } },
  };

  /** Presses Re-assess (Edit answers) for C0THEIRS in `userId`'s DM, and submits the questionnaire. */
  async function reassessFromDm(userId: string): Promise<void> {
    const value = encodeEditValue({
      channelId: 'C0THEIRS',
      profile: team({ name: 'Theirs', stage: 'production', roles: { ai_engineer: 3 } }),
    });
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.clickButton('edit_answers', value, { channelId: `D${userId.slice(1)}`, userId });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
    await bot.driver.submitView(bot.standIn.lastOpenedView(), formState(THEIRS), { userId });
  }

  it('refuses, with a word to the person, to answer in a channel they are not a member of', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.addChannel('C0THEIRS', 'private', { members: ['U0BOB'] });
    await reassessFromDm('U0EVE');
    await bot.standIn.waitFor(() => dmsTo(bot, 'U0EVE').length === 1);
    expect(dmsTo(bot, 'U0EVE')[0]?.params.text).toContain(
      'I did not post this assessment in <#C0THEIRS>: you are not a member of that channel',
    );
    expect(bot.standIn.messagesIn('C0THEIRS')).toEqual([]);
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0THEIRS', 10)).toEqual([]);
  });

  it('answers in the channel for a member of it', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.addChannel('C0THEIRS', 'private', { members: ['U0BOB'] });
    await reassessFromDm('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.messagesIn('C0THEIRS').length > 0);
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0THEIRS', 10)).toHaveLength(1);
  });
});

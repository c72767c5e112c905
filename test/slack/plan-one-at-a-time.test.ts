import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_ON_ITS_WAY } from '../../src/slack/plan/deliver-plan.js';
import { PLAN_ALREADY_ON_ITS_WAY, PlansUnderway } from '../../src/slack/plan/plans-underway.js';
import { eventually } from '../helpers/eventually.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { type BotHarness, startBot } from './harness.js';
import { dmsTo, fakePicture, finishedCommands, stored } from './plan-fixtures.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

/** The bot, with one team U0BOB can see, and U0BOB's first plan stopped at its picture upload. */
async function planStuckAtUpload(): Promise<() => void> {
  bot = await startBot({ renderPlanPicture: fakePicture });
  await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
  const release = bot.standIn.hold('files.getUploadURLExternal');
  const first = await bot.driver.command('plan', { userId: 'U0BOB' });
  expect(first.json?.text).toBe(PLAN_ON_ITS_WAY);
  await bot.standIn.waitFor(() => bot.standIn.callsTo('files.getUploadURLExternal').length === 1);
  return release;
}

describe('one plan at a time per person', () => {
  it('refuses a second /aiteam plan while the first is on its way, and takes one after it arrived', async () => {
    const release = await planStuckAtUpload();
    const second = await bot.driver.command('plan', { userId: 'U0BOB' });
    expect(second.json).toEqual({
      response_type: 'ephemeral',
      text: thenAskAnAdmin(PLAN_ALREADY_ON_ITS_WAY),
    });
    // Someone else's plan is not held up by it.
    const other = await bot.driver.command('plan export', { userId: 'U0ANN' });
    expect(other.json?.text).not.toBe(PLAN_ALREADY_ON_ITS_WAY);

    release();
    await eventually(() => expect(finishedCommands(bot, 'U0BOB')).toBe(2));
    // One plan's messages only: a single picture upload, a single overview.
    const pictures = [...bot.standIn.uploads.values()].filter(
      (upload) => upload.filename === 'hiring-plan.png',
    );
    expect(pictures).toHaveLength(1);
    expect(
      dmsTo(bot, 'U0BOB').filter((call) => String(call.params.text).startsWith('The team')),
    ).toHaveLength(1);

    const third = await bot.driver.command('plan', { userId: 'U0BOB' });
    expect(third.json?.text).toBe(PLAN_ON_ITS_WAY);
  });

  it('tells the person by DM when App Home’s "Send me the full plan" comes while a plan is on its way', async () => {
    const release = await planStuckAtUpload();
    await bot.driver.clickButton('plan_by_dm', undefined, { view: true, userId: 'U0BOB' });
    await bot.standIn.waitFor(() => dmsTo(bot, 'U0BOB').length === 1);
    expect(dmsTo(bot, 'U0BOB')[0]?.params.text).toBe(thenAskAnAdmin(PLAN_ALREADY_ON_ITS_WAY));
    release();
    await eventually(() => expect(finishedCommands(bot, 'U0BOB')).toBe(1));
  });

  it('takes a new request once a plan failed', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    bot.standIn.fail('chat.postMessage', { error: 'fatal_error' });
    await bot.driver.command('plan', { userId: 'U0BOB' });
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    await eventually(() => expect(finishedCommands(bot, 'U0BOB')).toBe(1));
    const again = await bot.driver.command('plan', { userId: 'U0BOB' });
    expect(again.json?.text).toBe(PLAN_ON_ITS_WAY);
  });
});

describe('PlansUnderway', () => {
  it('holds a bounded number of plans, one per person, each cleared when it ends', () => {
    const underway = new PlansUnderway(2);
    const ann = underway.begin('T1', 'U0ANN');
    expect(underway.begin('T1', 'U0ANN')).toEqual({ refused: thenAskAnAdmin(PLAN_ALREADY_ON_ITS_WAY) });
    // The same user id in another workspace is another person.
    const other = underway.begin('T2', 'U0ANN');
    expect('end' in other).toBe(true);
    expect(underway.begin('T1', 'U0BOB')).toMatchObject({ refused: expect.stringContaining('try again') });
    if ('end' in ann) ann.end();
    expect(underway.size).toBe(1);
    expect('end' in underway.begin('T1', 'U0ANN')).toBe(true);
  });
});

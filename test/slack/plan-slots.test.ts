import { afterEach, describe, expect, it } from 'vitest';
import type { PlanPictureRenderer } from '../../src/slack/plan/plan-picture.js';
import { planSlots } from '../../src/slack/plan/send-plan.js';
import { eventually } from '../helpers/eventually.js';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture, finishedCommands, stored } from './plan-fixtures.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

const PEOPLE = ['U0ANN', 'U0BOB', 'U0CAT', 'U0DAN'];

/** A renderer that counts its calls and, while `gate` is closed, does not finish (a long drawing). */
function gatedRenderer(): { render: PlanPictureRenderer; calls: () => number; open: () => void } {
  let calls = 0;
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    render: async (plan, nameOf) => {
      calls += 1;
      await gate;
      return fakePicture(plan, nameOf);
    },
    calls: () => calls,
    open,
  };
}

async function startWithOneTeam(render: PlanPictureRenderer): Promise<void> {
  bot = await startBot({ renderPlanPicture: render });
  await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
}

describe('plan work holds a slot only for its CPU work', () => {
  it('plans waiting on Slack to post do not keep a third from being built and drawn', async () => {
    let drawn = 0;
    await startWithOneTeam(async (plan, nameOf) => {
      drawn += 1;
      return fakePicture(plan, nameOf);
    });
    // Every plan's first message waits on Slack (as a rate limit or a slow Slack would make it).
    const release = bot.standIn.hold('chat.postMessage');
    for (const userId of PEOPLE.slice(0, 3)) await bot.driver.command('plan', { userId });
    await eventually(() => expect(drawn).toBe(3));
    release();
    for (const userId of PEOPLE.slice(0, 3))
      await eventually(() => expect(finishedCommands(bot, userId)).toBe(1));
  });

  it('App Home and plan export wait for a slot while two plans are being drawn', async () => {
    const renderer = gatedRenderer();
    await startWithOneTeam(renderer.render);
    await bot.driver.command('plan', { userId: 'U0ANN' });
    await bot.driver.command('plan', { userId: 'U0BOB' });
    await eventually(() => expect(renderer.calls()).toBe(2));
    // Both slots are taken: Home's plan and the export queue for them instead of being built at once.
    await bot.driver.openAppHome('U0CAT');
    await eventually(() => expect(planSlots.queued).toBe(1));
    await bot.driver.command('plan export', { userId: 'U0DAN' });
    await eventually(() => expect(planSlots.queued).toBe(2));
    expect(bot.standIn.callsTo('views.publish')).toEqual([]);

    renderer.open();
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    expect(JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view)).toMatch(
      /The teams? needs? /,
    );
    for (const userId of ['U0ANN', 'U0BOB', 'U0DAN'])
      await eventually(() => expect(finishedCommands(bot, userId)).toBe(1), 10_000);
  });
});

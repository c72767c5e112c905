import { afterEach, describe, expect, it } from 'vitest';
import { leftOutText } from '../../src/slack/blocks/plan-messages.js';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture, planFor, stored, textOf } from './plan-fixtures.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

/** The bot reading at most two teams per plan (the app reads 5,000), with `teams` teams stored. */
async function withTeams(teams: number): Promise<void> {
  bot = await startBot({ renderPlanPicture: fakePicture, planTeamLimit: 2 });
  bot.standIn.setUser('U0ADMIN', { is_admin: true });
  for (let index = 0; index < teams; index += 1) {
    await bot.store.save(
      stored(bot, {
        channelId: `C0TEAM${index}`,
        teamName: `Team ${index}`,
        createdAt: new Date(Date.now() - index * 60_000),
      }),
    );
  }
}

describe('a plan that reached its team limit', () => {
  it('says in its first message that older teams were left out', async () => {
    await withTeams(3);
    const messages = await planFor(bot, 'U0ADMIN');
    expect(textOf(messages.slice(0, 1))).toContain(
      'The plan reads the 2 most recently assessed teams of the workspace; older ones are left out.',
    );
    expect(textOf(messages)).not.toContain('Team 2');
  });

  it('says so on App Home too', async () => {
    await withTeams(3);
    await bot.driver.openAppHome('U0ADMIN');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    expect(JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view)).toContain(leftOutText(2));
  });

  it('says nothing of the kind below the limit', async () => {
    await withTeams(1);
    expect(textOf(await planFor(bot, 'U0ADMIN'))).not.toContain('left out');
  });
});

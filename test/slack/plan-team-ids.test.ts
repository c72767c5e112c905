import { afterEach, describe, expect, it } from 'vitest';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture, planFor, stored, textOf } from './plan-fixtures.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

describe('a team named with non-ASCII letters in two cases', () => {
  it('is one team in the plan, read from its newest assessment', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    const earlier = new Date(Date.now() - 60_000);
    await bot.store.save(
      stored(bot, { channelId: 'C0GENERAL', teamName: 'ÉQUIPE', createdAt: earlier, stage: 'pilot' }),
    );
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'équipe' }));
    // SQL's lower() folds ASCII only: the store gives both rows as two teams.
    expect(await bot.store.latestPerTeam(bot.standIn.workspaceId, 10)).toHaveLength(2);
    const messages = await planFor(bot, 'U0ADMIN');
    expect(messages[0]?.params.text).toMatch(/^The teams? needs? /);
    const text = textOf(messages);
    expect(text).toContain('*équipe*');
    expect(text).not.toContain('*ÉQUIPE*');
  });
});

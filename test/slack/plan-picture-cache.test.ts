import type { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { getDefaultPlaybook, planHiring } from '../../src/advisor/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { PictureCache } from '../../src/slack/plan/picture-cache.js';
import { planHash } from '../../src/slack/plan/plan-hash.js';
import { eventually } from '../helpers/eventually.js';
import { team } from '../helpers/teams.js';
import { type BotHarness, LogCapture, startBot } from './harness.js';
import { fakePicture, planFor, stored } from './plan-fixtures.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

function pictureUploads(): string[] {
  return [...bot.standIn.uploads]
    .filter(([, upload]) => upload.filename === 'hiring-plan.png')
    .map(([id]) => id);
}

describe('the App Home plan picture', () => {
  it('is uploaded once when Home opens twice at once for the same plan', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    const release = bot.standIn.hold('files.getUploadURLExternal');
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('files.getUploadURLExternal').length === 1);
    await bot.driver.openAppHome('U0BOB');
    await eventually(() =>
      expect(bot.logs.lines.map((line) => line.msg)).toContain(
        'App Home waits for the plan picture already being uploaded',
      ),
    );
    release();
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 2);
    expect(bot.standIn.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    const shown = bot.standIn
      .callsTo('views.publish')
      .map((call) => JSON.stringify(call.params.view).match(/"slack_file":\{"id":"(F\d+)"/)?.[1]);
    expect(new Set(shown).size).toBe(1);
  });

  it('opens without the picture, saying where it is, when Slack refuses the view for its image', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    bot.standIn.fail('views.publish', { error: 'invalid_arguments' });
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 2);
    const [refused, shown] = bot.standIn.callsTo('views.publish');
    expect(JSON.stringify(refused?.params.view)).toContain('"slack_file"');
    expect(shown?.result.ok).toBe(true);
    const home = JSON.stringify(shown?.params.view);
    expect(home).not.toContain('"type":"image"');
    expect(home).toContain('The picture of the plan could not be shown here just now');
    // Everything else is there: the plan's headline and the button for the whole plan.
    expect(home).toContain('Send me the full plan');
    expect(home).toContain('new_assessment');
  });

  it("deletes a person's old Home picture once a new plan replaces it, never a DM plan's", async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const [old] = pictureUploads();
    await planFor(bot, 'U0BOB');
    const dmPicture = pictureUploads().find((id) => id !== old);

    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Ranking' }));
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.deletedFiles.length === 1);
    expect(bot.standIn.deletedFiles).toEqual([old]);
    expect(dmPicture).toBeDefined();
    expect(pictureUploads()).toContain(dmPicture);
  });
});

describe('PictureCache', () => {
  const playbook = getDefaultPlaybook();
  /** A plan of one team: plans of different names are different plans. */
  const planOf = (name: string) =>
    planHiring(
      [
        {
          id: `C1/${name}`,
          channelId: 'C1',
          source: null,
          assessedAt: new Date(),
          profile: team({ name, stage: 'production', roles: { ai_engineer: 3 } }),
        },
      ],
      new Date(),
      playbook,
    );

  /** A client whose files.delete records the file, or fails as told. */
  function fakeClient(deleted: string[], fails = false): webApi.WebClient {
    return {
      files: {
        delete: async ({ file }: { file: string }) => {
          if (fails) throw new Error('file_not_found');
          deleted.push(file);
          return { ok: true };
        },
      },
    } as unknown as webApi.WebClient;
  }

  it('keeps only the file id and alt text, and deletes the file of a person it forgets', async () => {
    const logs = new LogCapture();
    const cache = new PictureCache(createLogger({ level: 'debug', format: 'json' }, logs), 1);
    const deleted: string[] = [];
    const client = fakeClient(deleted);
    const upload = (fileId: string) => async () => ({ fileId, altText: 'a', png: new Uint8Array(100_000) });
    const first = await cache.picture('T1/U1', planHash(planOf('A')), client, upload('F1'));
    expect(first).toEqual({ fileId: 'F1', altText: 'a' });
    await cache.picture('T1/U2', planHash(planOf('A')), client, upload('F2'));
    expect(cache.size).toBe(1);
    await eventually(() => expect(deleted).toEqual(['F1']));
  });

  it('logs a file it could not delete', async () => {
    const logs = new LogCapture();
    const cache = new PictureCache(createLogger({ level: 'debug', format: 'json' }, logs));
    const client = fakeClient([], true);
    await cache.picture('T1/U1', planHash(planOf('A')), client, async () => ({ fileId: 'F1', altText: 'a' }));
    await cache.picture('T1/U1', planHash(planOf('B')), client, async () => ({ fileId: 'F2', altText: 'b' }));
    await eventually(() =>
      expect(logs.lines).toContainEqual(
        expect.objectContaining({
          file: 'F1',
          msg: 'could not delete an App Home plan picture no longer shown',
        }),
      ),
    );
  });
});

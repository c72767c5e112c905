import type { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDefaultPlaybook, planHiring } from '../../src/advisor/index.js';
import { createLogger } from '../../src/logging/logger.js';
import { HomePictureFiles } from '../../src/slack/plan/home-picture-files.js';
import { PictureCache } from '../../src/slack/plan/picture-cache.js';
import { planHash } from '../../src/slack/plan/plan-hash.js';
import { SqlHomePictureStore } from '../../src/storage/home-picture-store.js';
import { freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { eventually } from '../helpers/eventually.js';
import { team } from '../helpers/teams.js';
import { type BotHarness, LogCapture, startBot } from './harness.js';
import { fakePicture, planFor, stored } from './plan-fixtures.js';

let bot: BotHarness;
/** The same app started again on `bot`'s database and Slack (a restart, or another instance). */
let restarted: BotHarness | undefined;
afterEach(async () => {
  await restarted?.stop();
  restarted = undefined;
  await bot?.stop();
});

/** The file a view shows with its image block. */
function shownFile(view: unknown): string | undefined {
  return JSON.stringify(view).match(/"slack_file":\{"id":"(F\d+)"/)?.[1];
}

/** Opens App Home as `userId` on `on` and returns the picture's file id it shows. */
async function homePictureOf(on: BotHarness, userId: string): Promise<string | undefined> {
  const published = on.standIn.callsTo('views.publish').length;
  await on.driver.openAppHome(userId);
  await on.standIn.waitFor(() => on.standIn.callsTo('views.publish').length === published + 1);
  return shownFile(on.standIn.callsTo('views.publish').at(-1)?.params.view);
}

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

  it("deletes a person's old Home picture once a new plan replaces it, not the DM plan's (a newer plan DM replaces that)", async () => {
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

describe('the App Home plan picture, kept track of in the database', () => {
  it('is deleted after a restart, once a new plan replaces it', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    const old = await homePictureOf(bot, 'U0BOB');
    expect(old).toBeDefined();
    await bot.running.stop();

    restarted = await startBot({ renderPlanPicture: fakePicture, sharing: bot });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Ranking' }));
    const shown = await homePictureOf(restarted, 'U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.deletedFiles.length === 1);
    expect(bot.standIn.callsTo('files.delete').map((call) => call.params.file)).toEqual([old]);
    expect(shown).not.toBe(old);
    expect(await restarted.homePictures.filesOfUser(bot.standIn.workspaceId, 'U0BOB')).toEqual([shown]);
  });

  it('is not shown again by an instance whose remembered picture another instance replaced', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    restarted = await startBot({ renderPlanPicture: fakePicture, sharing: bot });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    const first = await homePictureOf(bot, 'U0BOB');
    // The other instance shows the same plan with a picture of its own: the first one's file is deleted.
    const second = await homePictureOf(restarted, 'U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.deletedFiles.includes(String(first)));
    // Back on the first instance, the same plan: it shows the file that is still there, uploading anew.
    const again = await homePictureOf(bot, 'U0BOB');
    expect(again).not.toBe(first);
    expect(bot.standIn.uploads.has(String(again))).toBe(true);
    expect(second).not.toBe(first);
  });

  it('is deleted when the workspace leaves the org install, and forgotten on uninstall', async () => {
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    const bobs = await homePictureOf(bot, 'U0BOB');
    await bot.running.stop();
    restarted = await startBot({ renderPlanPicture: fakePicture, sharing: bot });
    await restarted.driver.event({
      type: 'team_access_revoked',
      team_ids: [bot.standIn.workspaceId],
      event_ts: '1.0',
    });
    await bot.standIn.waitFor(() => bot.standIn.deletedFiles.includes(String(bobs)));
    expect(await restarted.homePictures.filesOfWorkspace(bot.standIn.workspaceId)).toEqual([]);

    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    const alices = await homePictureOf(restarted, 'U0ALICE');
    // Slack revokes the token before it tells the app: the one try is refused, and nothing is kept.
    bot.standIn.revokeWorkspace(bot.standIn.workspaceId);
    await restarted.driver.event({ type: 'app_uninstalled', event_ts: '2.0' });
    await eventually(() =>
      expect(restarted?.logs.lines).toContainEqual(
        expect.objectContaining({
          msg: 'App Home plan pictures left in Slack: the bot token can no longer delete them',
          files: [alices],
        }),
      ),
    );
    expect(await restarted.homePictures.filesOfWorkspace(bot.standIn.workspaceId)).toEqual([]);
    expect(bot.standIn.callsTo('files.delete')).toHaveLength(2);
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
  const owner = (userId: string) => ({ workspaceId: 'T1', userId, enterpriseId: null });

  let database: TestDatabase;
  let logs: LogCapture;
  let homePictures: SqlHomePictureStore;
  beforeEach(async () => {
    database = await freshDatabase('sqlite');
    homePictures = new SqlHomePictureStore(database.db);
    logs = new LogCapture();
  });
  afterEach(async () => {
    await database.drop();
  });

  function cacheOf(maxEntries?: number): PictureCache {
    const logger = createLogger({ level: 'debug', format: 'json' }, logs);
    const files = new HomePictureFiles(homePictures, { now: () => new Date() }, logger);
    return new PictureCache(logger, files, maxEntries);
  }

  /** A client whose files.delete records the file, or fails as Slack would. */
  function fakeClient(deleted: string[], fails?: string): webApi.WebClient {
    return {
      files: {
        delete: async ({ file }: { file: string }) => {
          if (fails) throw Object.assign(new Error(fails), { data: { ok: false, error: fails } });
          deleted.push(file);
          return { ok: true };
        },
      },
    } as unknown as webApi.WebClient;
  }

  it('keeps only the file id and alt text; a person it stops remembering keeps their file, still shown', async () => {
    const cache = cacheOf(1);
    const deleted: string[] = [];
    const client = fakeClient(deleted);
    const upload = (fileId: string) => async () => ({ fileId, altText: 'a', png: new Uint8Array(100_000) });
    const first = await cache.picture(owner('U1'), planHash(planOf('A')), client, upload('F1'));
    expect(first).toEqual({ fileId: 'F1', altText: 'a' });
    await cache.picture(owner('U2'), planHash(planOf('A')), client, upload('F2'));
    expect(cache.size).toBe(1);
    expect(deleted).toEqual([]);
    expect(await homePictures.filesOfUser('T1', 'U1')).toEqual(['F1']);
    expect(await homePictures.filesOfUser('T1', 'U2')).toEqual(['F2']);
  });

  it('logs a replaced file it could not delete, and keeps it on record to try again next time', async () => {
    const cache = cacheOf();
    const deleted: string[] = [];
    await cache.picture(owner('U1'), planHash(planOf('A')), fakeClient(deleted), async () => ({
      fileId: 'F1',
      altText: 'a',
    }));
    await cache.picture(owner('U1'), planHash(planOf('B')), fakeClient([], 'internal_error'), async () => ({
      fileId: 'F2',
      altText: 'b',
    }));
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        file: 'F1',
        msg: 'could not delete an App Home plan picture no longer shown',
      }),
    );
    expect(await homePictures.filesOfUser('T1', 'U1')).toEqual(['F1', 'F2']);

    await cache.picture(owner('U1'), planHash(planOf('C')), fakeClient(deleted), async () => ({
      fileId: 'F3',
      altText: 'c',
    }));
    expect(deleted).toEqual(['F1', 'F2']);
    expect(await homePictures.filesOfUser('T1', 'U1')).toEqual(['F3']);
  });

  it('deletes a new file it cannot record, and shows Home without it', async () => {
    const cache = cacheOf();
    const deleted: string[] = [];
    vi.spyOn(homePictures, 'add').mockRejectedValueOnce(new Error('the database did not answer'));
    const shown = await cache.picture(owner('U1'), planHash(planOf('A')), fakeClient(deleted), async () => ({
      fileId: 'F1',
      altText: 'a',
    }));
    expect(shown).toBeUndefined();
    expect(deleted).toEqual(['F1']);
    expect(await homePictures.filesOfUser('T1', 'U1')).toEqual([]);
    expect(logs.lines.map((line) => line.msg)).toContain('App Home shows the plan without its picture');
  });
});

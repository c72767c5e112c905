import { afterEach, describe, expect, it, vi } from 'vitest';
import { PICTURE_FAILED_TEXT } from '../../src/slack/blocks/plan-messages.js';
import { eventually } from '../helpers/eventually.js';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture, finishedCommands, planFor, stored, textOf } from './plan-fixtures.js';
import type { RecordedCall } from './stand-in.js';

let bot: BotHarness;
afterEach(async () => {
  await bot?.stop();
});

async function start(): Promise<void> {
  bot = await startBot({ renderPlanPicture: fakePicture });
  bot.standIn.addChannel('C0KEEP', 'public');
  await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
}

/** The picture a plan DM shows by file id (its overview's image block). */
function pictureShown(calls: readonly RecordedCall[]): string {
  const id = JSON.stringify(calls.filter((call) => call.result.ok).map((call) => call.params.blocks)).match(
    /"slack_file":\{"id":"(F\d+)"/,
  )?.[1];
  expect(id).toBeDefined();
  return String(id);
}

/** The files shared into a DM (exports, a picture shared as a file), by id. */
function sharedInto(dm: string): string[] {
  return [...bot.standIn.uploads].filter(([, upload]) => upload.channel === dm).map(([id]) => id);
}

/** Runs an `/aiteam` command as `userId` in `channelId` and waits until its handler has returned. */
async function run(text: string, userId = 'U0ASKER', channelId = 'C0GENERAL'): Promise<void> {
  const done = finishedCommands(bot, userId);
  await bot.driver.command(text, { userId, channelId });
  await eventually(() => expect(finishedCommands(bot, userId)).toBeGreaterThan(done), 20_000);
}

async function forgetMe(userId = 'U0ASKER'): Promise<void> {
  const opened = bot.standIn.callsTo('views.open').length;
  await bot.driver.command('forget me', { userId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  await bot.driver.submitView(bot.standIn.lastOpenedView(), {}, { userId });
}

const deleted = (): string[] => bot.standIn.deletedFiles;

describe('the files the bot sends to a DM', () => {
  it("a plan DM's picture is the person's one plan picture: the next plan's replaces it, deleted in Slack", async () => {
    await start();
    const first = pictureShown(await planFor(bot, 'U0ASKER'));
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([first]);

    const second = pictureShown(await planFor(bot, 'U0ASKER'));
    await bot.standIn.waitFor(() => deleted().includes(first));
    expect(second).not.toBe(first);
    expect(bot.standIn.uploads.has(second)).toBe(true);
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([second]);
  });

  it("forget me deletes the person's plan picture and every export the bot shared in their DM, and no one else's", async () => {
    await start();
    const mine = pictureShown(await planFor(bot, 'U0ASKER'));
    const theirs = pictureShown(await planFor(bot, 'U0OTHER'));
    await run('export');
    await run('export me');
    await run('plan export');
    const exports = sharedInto('D0ASKER');
    // The channel's export (JSON and two CSVs), the person's (the same three) and the plan's (Markdown and
    // two CSVs).
    expect(exports).toHaveLength(9);

    await forgetMe();
    await bot.standIn.waitFor(() => [mine, ...exports].every((file) => deleted().includes(file)));
    expect(deleted()).not.toContain(theirs);
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([]);
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0OTHER')).toEqual([theirs]);
  });

  it('a picture upload Slack refused to show is deleted at once; the copy shared into the DM is the one kept', async () => {
    await start();
    bot.standIn.fail('chat.postMessage', { error: 'invalid_blocks' }, 2);
    const messages = await planFor(bot, 'U0ASKER');
    const refused = pictureShown(messages.map((call) => ({ ...call, result: { ok: true } })));
    const [shared] = sharedInto('D0ASKER');
    expect(shared).toBeDefined();
    await bot.standIn.waitFor(() => deleted().includes(refused));
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([shared]);

    // Forget me deletes the shared copy too.
    await forgetMe();
    await bot.standIn.waitFor(() => deleted().includes(String(shared)));
  });

  it('a picture that cannot be recorded is deleted at once, and the plan is sent without it', async () => {
    await start();
    vi.spyOn(bot.dmFiles, 'add').mockRejectedValueOnce(new Error('the database did not answer'));
    const messages = await planFor(bot, 'U0ASKER');
    expect(textOf(messages)).toContain(PICTURE_FAILED_TEXT);
    expect(textOf(messages)).not.toContain('"type":"image"');
    const uploaded = bot.standIn.callsTo('files.getUploadURLExternal').length;
    expect(uploaded).toBe(1);
    await bot.standIn.waitFor(() => deleted().length === 1);
    expect(bot.standIn.uploads.size).toBe(0);
  });

  it('a refused upload is deleted even when its copy cannot be shared either', async () => {
    await start();
    bot.standIn.fail('chat.postMessage', { error: 'invalid_blocks' }, 2);
    bot.standIn.failAfter('files.getUploadURLExternal', 1, { error: 'internal_error' });
    const messages = await planFor(bot, 'U0ASKER');
    const refused = pictureShown(messages.map((call) => ({ ...call, result: { ok: true } })));
    await bot.standIn.waitFor(() => deleted().includes(refused));
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([]);
  });

  it("/aiteam forget deletes every plan picture of the workspace, App Home's too, and the channel's exports; another channel's export stays", async () => {
    await start();
    bot.standIn.setUser('U0ASKER', { is_admin: true });
    // An App Home picture may show the channel's team as well.
    const published = bot.standIn.callsTo('views.publish').length;
    await bot.driver.openAppHome('U0BOB');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === published + 1);
    const [home] = await bot.homePictures.filesOfUser(bot.standIn.workspaceId, 'U0BOB');
    expect(home).toBeDefined();
    const mine = pictureShown(await planFor(bot, 'U0ASKER'));
    const theirs = pictureShown(await planFor(bot, 'U0OTHER'));
    await run('export', 'U0ASKER', 'C0KEEP');
    const kept = sharedInto('D0ASKER');
    await run('export');
    const gone = sharedInto('D0ASKER').filter((file) => !kept.includes(file));
    expect(gone).toHaveLength(3);

    await bot.driver.command('forget');
    await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_confirm');
    const confirm = bot.standIn.lastOpenedView();
    expect(JSON.stringify(confirm.blocks)).toContain(
      "Every hiring plan picture of this workspace goes too, in DMs and on App Home (it may show this channel's team",
    );
    await bot.driver.submitView(confirm, {});
    await bot.standIn.waitFor(() =>
      [mine, theirs, String(home), ...gone].every((file) => deleted().includes(file)),
    );
    expect(await bot.homePictures.filesOfWorkspace(bot.standIn.workspaceId)).toEqual([]);
    expect(deleted().filter((file) => kept.includes(file))).toEqual([]);
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual(kept);
  });

  it('are deleted when the workspace leaves the org install, and forgotten on uninstall (Slack refusing the try)', async () => {
    await start();
    const picture = pictureShown(await planFor(bot, 'U0ASKER'));
    await run('export');
    const exports = sharedInto('D0ASKER');
    await bot.driver.event({
      type: 'team_access_revoked',
      team_ids: [bot.standIn.workspaceId],
      event_ts: '1.0',
    });
    await bot.standIn.waitFor(() => [picture, ...exports].every((file) => deleted().includes(file)));
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([]);

    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', teamName: 'Search' }));
    const next = pictureShown(await planFor(bot, 'U0ASKER'));
    bot.standIn.revokeWorkspace(bot.standIn.workspaceId);
    await bot.driver.event({ type: 'app_uninstalled', event_ts: '2.0' });
    await eventually(() =>
      expect(bot.logs.lines).toContainEqual(
        expect.objectContaining({
          msg: "Files in people's DMs left in Slack: the bot token can no longer delete them",
          files: [next],
        }),
      ),
    );
    expect(await bot.dmFiles.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formState, reminderState } from './form.js';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture, stored } from './plan-fixtures.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot({ clock: { now: () => new Date('2026-03-10T12:00:00Z') } });
  bot.standIn.addChannel('C0KEEP', 'public');
});
afterEach(async () => {
  await bot.stop();
});

async function assessAndRemind(channelId: string) {
  const opened = bot.standIn.callsTo('views.open').length;
  const posted = bot.standIn.callsTo('chat.postMessage').length;
  await bot.driver.command('', { channelId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  await bot.driver.submitView(
    bot.standIn.lastOpenedView(),
    formState({ stage: 'pilot', builds: 'both', urgency: 'weeks' }),
  );
  await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === posted + 5);
  await bot.driver.command('remind', { channelId });
  await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 2);
  const saved = await bot.driver.submitView(
    bot.standIn.lastOpenedView(),
    reminderState({ date: '2026-04-01', time: '09:00', repeat: 'monthly' }),
  );
  expect(saved.json?.response_action).toBe('update');
}

describe('/aiteam forget', () => {
  it("asks first, saying what will go, then deletes the channel's assessments and reminders and says how many", async () => {
    await assessAndRemind('C0GENERAL');
    await assessAndRemind('C0GENERAL');
    await assessAndRemind('C0KEEP');

    await bot.driver.command('forget');
    await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_confirm');
    const confirm = bot.standIn.lastOpenedView();
    expect(JSON.stringify(confirm.blocks)).toContain(
      '<#C0GENERAL>: 2 assessments (with their answers and history) and 2 reminders?',
    );

    const done = await bot.driver.submitView(confirm, {});
    expect(done.json?.response_action).toBe('update');
    expect(JSON.stringify(done.json?.view)).toContain(
      'Deleted 2 assessments and 2 reminders for <#C0GENERAL>.',
    );

    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0GENERAL', 10)).toEqual([]);
    expect(await bot.reminders.listForChannel(bot.standIn.workspaceId, 'C0GENERAL')).toEqual([]);
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0KEEP', 10)).toHaveLength(1);
    expect(await bot.reminders.listForChannel(bot.standIn.workspaceId, 'C0KEEP')).toHaveLength(1);
  });

  it('refuses someone whose data it is not, unless they are an admin; a forged confirmation too', async () => {
    await assessAndRemind('C0GENERAL');
    const refused = await bot.driver.command('forget', { userId: 'U0OTHER' });
    expect(refused.status).toBe(200);
    await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === 1);
    expect(bot.standIn.responseUrlPosts[0]?.body.text).toMatch(/^Only a workspace admin or owner can forget/);

    // The asker opens the confirmation; someone else submits it.
    await bot.driver.command('forget');
    await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_confirm');
    const forged = await bot.driver.submitView(bot.standIn.lastOpenedView(), {}, { userId: 'U0OTHER' });
    expect(JSON.stringify(forged.json?.view)).toContain('Only a workspace admin or owner can forget');
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0GENERAL', 10)).toHaveLength(1);

    bot.standIn.setUser('U0ADMIN', { is_admin: true });
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.command('forget', { userId: 'U0ADMIN' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
    const done = await bot.driver.submitView(bot.standIn.lastOpenedView(), {}, { userId: 'U0ADMIN' });
    expect(JSON.stringify(done.json?.view)).toContain('Deleted 1 assessment and 1 reminder');
  });

  it('deletes nothing until confirmed', async () => {
    await assessAndRemind('C0GENERAL');
    await bot.driver.command('forget');
    await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_confirm');
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0GENERAL', 10)).toHaveLength(1);
  });
});

describe('/aiteam forget me', () => {
  it('says first what will go, then deletes what the person wrote everywhere in the workspace, and nothing of others', async () => {
    await bot.stop();
    bot = await startBot({
      clock: { now: () => new Date('2026-03-10T12:00:00Z') },
      renderPlanPicture: fakePicture,
    });
    bot.standIn.addChannel('C0KEEP', 'public');
    await assessAndRemind('C0GENERAL');
    await assessAndRemind('C0KEEP');
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', userId: 'U0OTHER', teamName: 'Theirs' }));
    // Their App Home shows the plan with its picture, a file the bot uploaded for them.
    await bot.driver.openAppHome('U0ASKER');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const homePicture = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view).match(
      /"slack_file":\{"id":"(F\d+)"/,
    )?.[1];
    expect(homePicture).toBeDefined();

    await bot.driver.command('forget me');
    await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_me_confirm');
    const confirm = bot.standIn.lastOpenedView();
    expect(JSON.stringify(confirm.blocks)).toContain(
      '2 assessments you submitted (in 2 conversations, with their answers;',
    );
    expect(JSON.stringify(confirm.blocks)).toContain(
      '2 reminders you set, the plan picture on your App Home, and the files the bot sent to your DMs (plan pictures and exports)?',
    );
    // Nothing goes before the confirmation.
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0GENERAL', 10)).toHaveLength(2);

    const done = await bot.driver.submitView(confirm, {});
    expect(JSON.stringify(done.json?.view)).toContain(
      'Deleted 2 assessments you submitted and 2 reminders you set.',
    );
    const left = await bot.store.channelHistory(bot.standIn.workspaceId, 'C0GENERAL', 10);
    expect(left.map((record) => record.userId)).toEqual(['U0OTHER']);
    expect(await bot.store.channelHistory(bot.standIn.workspaceId, 'C0KEEP', 10)).toEqual([]);
    expect(await bot.reminders.listForCreator(bot.standIn.workspaceId, 'U0ASKER')).toEqual([]);
    const deletedFiles = () => bot.standIn.callsTo('files.delete').map((call) => call.params.file);
    await bot.standIn.waitFor(() => deletedFiles().includes(homePicture));
  });

  it("deletes the person's App Home picture uploaded before a restart", async () => {
    await bot.stop();
    bot = await startBot({ renderPlanPicture: fakePicture });
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', userId: 'U0ASKER', teamName: 'Mine' }));
    await bot.driver.openAppHome('U0ASKER');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.publish').length === 1);
    const homePicture = JSON.stringify(bot.standIn.callsTo('views.publish')[0]?.params.view).match(
      /"slack_file":\{"id":"(F\d+)"/,
    )?.[1];
    expect(homePicture).toBeDefined();
    await bot.running.stop();

    const restarted = await startBot({ renderPlanPicture: fakePicture, sharing: bot });
    try {
      await restarted.driver.command('forget me');
      await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_me_confirm');
      await restarted.driver.submitView(bot.standIn.lastOpenedView(), {});
      await bot.standIn.waitFor(() => bot.standIn.deletedFiles.includes(String(homePicture)));
      expect(await bot.homePictures.filesOfUser(bot.standIn.workspaceId, 'U0ASKER')).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });

  it('takes nothing but `me` after forget', async () => {
    const response = await bot.driver.command('forget everyone');
    expect(response.json?.text).toContain('`/aiteam forget me` what you wrote');
    expect(bot.standIn.callsTo('views.open')).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/render/csv.js';
import { formState, reminderState } from './form.js';
import { type BotHarness, startBot } from './harness.js';
import { stored } from './plan-fixtures.js';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startBot({ clock: { now: () => new Date('2026-03-10T12:00:00Z') } });
});
afterEach(async () => {
  await bot.stop();
});

describe('/aiteam export', () => {
  it("sends the channel's assessments and reminders by DM, as JSON and CSV files", async () => {
    await bot.driver.command('');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    await bot.driver.submitView(
      bot.standIn.lastOpenedView(),
      formState({
        name: '=HYPERLINK("http://x.test")',
        stage: 'pilot',
        builds: 'both',
        urgency: 'weeks',
        roles: { ai_engineer: { inHouse: 2 } },
      }),
    );
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length === 5);
    await bot.driver.command('remind');
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 2);
    await bot.driver.submitView(
      bot.standIn.lastOpenedView(),
      reminderState({ date: '2026-04-01', time: '09:00', repeat: 'quarterly' }),
    );

    const response = await bot.driver.command('export');
    expect(response.json).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('in a DM'),
    });
    await bot.standIn.waitFor(
      () => [...bot.standIn.uploads.values()].filter((upload) => upload.channel).length === 3,
    );

    const intro = bot.standIn.callsTo('chat.postMessage').at(-1)?.params;
    expect(intro).toMatchObject({
      channel: 'U0ASKER',
      text: 'Your export of <#C0GENERAL>: 1 assessment and 1 reminder.',
    });
    const files = new Map([...bot.standIn.uploads.values()].map((upload) => [upload.filename, upload]));
    expect([...files.keys()].sort()).toEqual([
      'aiteam-C0GENERAL-assessments.csv',
      'aiteam-C0GENERAL-reminders.csv',
      'aiteam-C0GENERAL.json',
    ]);
    for (const upload of files.values()) expect(upload.channel).toBe('D0ASKER');
    const json = files.get('aiteam-C0GENERAL.json')?.body ?? '';
    expect(json).toContain('"stage": "pilot"');
    expect(json).toContain('"repeats": "quarterly at 09:00"');
    const csv = files.get('aiteam-C0GENERAL-assessments.csv')?.body ?? '';
    expect(csv).toContain('created_at,asked_by,team,stage,headcount');
    // A name a spreadsheet would run as a formula is written as text.
    expect(csv).toContain(`"'=HYPERLINK(""http://x.test"")"`);
    expect(files.get('aiteam-C0GENERAL-reminders.csv')?.body).toContain('quarterly at 09:00,UTC,');
  });

  it('writes RFC 4180 CSV', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['-1', 'line\nbreak'],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'-1,"line\nbreak"\r\n');
  });
});

describe('/aiteam export me', () => {
  /** A once-only reminder set by `createdBy` in `channelId`. */
  function remind(channelId: string, createdBy: string) {
    return bot.reminders.create({
      workspaceId: bot.standIn.workspaceId,
      channelId,
      createdBy,
      timeZone: 'UTC',
      rule: { startDate: '2026-04-01', time: '09:00', repeat: { kind: 'once' }, weekdaysOnly: false },
      occurrence: 0,
      nextDueAt: Date.parse('2026-04-01T09:00:00Z'),
      now: Date.parse('2026-03-10T12:00:00Z'),
    });
  }

  it('sends by DM what the person added anywhere in the workspace, all that forget me deletes, and nothing of others', async () => {
    const workspace = bot.standIn.workspaceId;
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', userId: 'U0ASKER', teamName: 'Search' }));
    await bot.store.save(stored(bot, { channelId: 'C0LEFT', userId: 'U0ASKER', teamName: 'Ranking' }));
    await bot.store.save(stored(bot, { channelId: 'C0GENERAL', userId: 'U0OTHER', teamName: 'Theirs' }));
    await remind('C0GENERAL', 'U0ASKER');
    const stopped = await remind('C0LEFT', 'U0ASKER');
    await bot.reminders.stop(workspace, stopped.id, Date.parse('2026-03-10T12:00:00Z'));
    await remind('C0GENERAL', 'U0OTHER');
    await bot.homePictures.add(
      { workspaceId: workspace, userId: 'U0ASKER', enterpriseId: null },
      'F0HOME',
      new Date(),
    );
    await bot.dmFiles.add(
      { workspaceId: workspace, userId: 'U0ASKER', enterpriseId: null },
      ['F0PLAN'],
      'plan_picture',
      new Date(),
    );

    const response = await bot.driver.command('export me');
    expect(response.json?.text).toContain('what `/aiteam forget me` deletes');
    await bot.standIn.waitFor(
      () => [...bot.standIn.uploads.values()].filter((upload) => upload.channel).length === 3,
    );
    expect(bot.standIn.callsTo('chat.postMessage').at(-1)?.params).toMatchObject({
      channel: 'U0ASKER',
      text: expect.stringContaining('2 assessments you submitted and 2 reminders you set'),
    });
    const files = new Map([...bot.standIn.uploads.values()].map((upload) => [upload.filename, upload]));
    expect([...files.keys()].sort()).toEqual([
      'aiteam-U0ASKER-assessments.csv',
      'aiteam-U0ASKER-reminders.csv',
      'aiteam-U0ASKER.json',
    ]);
    const json = JSON.parse(files.get('aiteam-U0ASKER.json')?.body ?? '{}');
    expect(json.person).toBe('U0ASKER');
    expect(
      json.assessments.map((row: { channel: string; team: string }) => [row.channel, row.team]).sort(),
    ).toEqual([
      ['C0GENERAL', 'Search'],
      ['C0LEFT', 'Ranking'],
    ]);
    expect(
      json.reminders.map((row: { channel: string; status: string }) => [row.channel, row.status]).sort(),
    ).toEqual([
      ['C0GENERAL', 'active'],
      ['C0LEFT', 'stopped'],
    ]);
    expect(json.appHomePictureFiles).toEqual(['F0HOME']);
    expect(json.dmFiles).toEqual(['F0PLAN']);
    const csv = files.get('aiteam-U0ASKER-assessments.csv')?.body ?? '';
    expect(csv).toContain('channel,created_at,asked_by,team');
    expect(csv).not.toContain('Theirs');

    // What it sent is what forget me counts.
    await bot.driver.command('forget me');
    await bot.standIn.waitFor(() => bot.standIn.lastOpenedView()?.callback_id === 'forget_me_confirm');
    const confirm = JSON.stringify(bot.standIn.lastOpenedView().blocks);
    expect(confirm).toContain('2 assessments you submitted (in 2 conversations');
    expect(confirm).toContain('2 reminders you set');
    expect(confirm).toContain('run `/aiteam export me`');
  });

  it('takes nothing but `me` after export', async () => {
    const response = await bot.driver.command('export everything');
    expect(response.json?.text).toContain('`/aiteam export me` what you wrote');
    expect(bot.standIn.uploads.size).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/render/csv.js';
import { formState, reminderState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

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

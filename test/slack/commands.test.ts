import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBCOMMANDS, usageOf } from '../../src/slack/subcommands.js';
import { eventually } from '../helpers/eventually.js';
import { PLAYBOOK_TABLE_ONE_NAME } from '../helpers/markdown-table.js';
import { thenAskAnAdmin } from '../helpers/support-words.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

/** The ephemeral reply sent back with the acknowledgement, as Slack receives it. */
async function reply(text: string, actor = {}) {
  const response = await bot.driver.command(text, actor);
  expect(response.status).toBe(200);
  expect(response.json?.response_type).toBe('ephemeral');
  return { text: response.json?.text as string, blocks: response.json?.blocks as Record<string, any>[] };
}

function tableRows(blocks: Record<string, any>[]): string[][] {
  const table = blocks.find((block) => block.type === 'table');
  return table?.rows.map((row: { text: string }[]) => row.map((cell) => cell.text));
}

describe('/aiteam subcommands', () => {
  it('help lists what the bot does and every subcommand in the table, with what it does', async () => {
    const { blocks, text } = await reply('help');
    const shown = JSON.stringify(blocks);
    expect(SUBCOMMANDS.map((subcommand) => subcommand.name)).toEqual([
      '',
      'help',
      'grid',
      'roles',
      'history',
      'remind',
      'reminders',
      'plan',
      'export',
      'forget',
    ]);
    for (const subcommand of SUBCOMMANDS) {
      expect(shown).toContain(
        JSON.stringify(`• \`${usageOf(subcommand)}\`: ${subcommand.does}`).slice(1, -1),
      );
    }
    expect(text).toContain('/aiteam');
  });

  it('routes every subcommand help lists, in any case, and nothing else', async () => {
    const before = bot.logs.requests().length;
    for (const subcommand of SUBCOMMANDS.filter((s) => s.name !== '')) {
      await bot.driver.command(subcommand.name.toUpperCase());
    }
    await eventually(() => expect(bot.logs.requests().length).toBe(before + SUBCOMMANDS.length - 1));
    const outcomes = bot.logs
      .requests()
      .slice(before)
      .map((line) => line.outcome);
    expect(outcomes).not.toContain('invalid_input');
    await reply('hire');
    await eventually(() => expect(bot.logs.requests().at(-1)?.outcome).toBe('invalid_input'));
  });

  it('grid shows the playbook grid: roles as rows, stages as columns, with the bands', async () => {
    const { blocks } = await reply('grid');
    expect(tableRows(blocks)).toEqual(PLAYBOOK_TABLE_ONE_NAME);
    expect(JSON.stringify(blocks)).toContain('Pilot 2 to 5 · Production 6 to 12 · Scale 12 to 30+');
  });

  it('grid with a stage shows that stage and what its levels mean', async () => {
    const { blocks } = await reply('grid Production');
    const rows = tableRows(blocks);
    expect(rows[0]).toEqual(['Role', 'Production']);
    expect(rows).toEqual(PLAYBOOK_TABLE_ONE_NAME.map((row) => [row[0], row[2]]));
    expect(JSON.stringify(blocks)).toContain('*Core, do not delay*: ');
  });

  it('grid with an unknown stage says which stages exist', async () => {
    const { text } = await reply('grid beta');
    expect(text).toBe(
      'There is no stage called "beta". Try `/aiteam grid`, or one of: `pilot`, `production`, `scale`.',
    );
  });

  it('roles says what each seat owns and how an AI engineer differs from an ML engineer', async () => {
    const { blocks } = await reply('roles');
    const shown = JSON.stringify(blocks);
    for (const row of PLAYBOOK_TABLE_ONE_NAME.slice(1, -1)) expect(shown).toContain(`*${row[0]}*: `);
    expect(shown).toContain('AI engineer or ML engineer?');
  });

  it('an unknown subcommand points at help', async () => {
    const { text } = await reply('hire 3 people');
    expect(text).toBe('I don\'t know "hire 3 people". Try /aiteam help.');
  });

  it('works the same in a private channel and in a DM', async () => {
    for (const channelId of ['G0PRIVATE', 'D0SOMEDM']) {
      const { text } = await reply('help', { channelId });
      expect(text).toContain('/aiteam');
    }
    const opened = bot.standIn.callsTo('views.open').length;
    await bot.driver.command('', { channelId: 'D0SOMEDM' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === opened + 1);
  });

  it('when Slack will not open a modal, says so to the person and logs which modal, for each command', async () => {
    const cases = [
      {
        text: '',
        apology: thenAskAnAdmin('Sorry, the questionnaire did not open in time. Please run `/aiteam` again.'),
      },
      {
        text: 'remind',
        apology: thenAskAnAdmin('Sorry, the form did not open in time. Please run `/aiteam remind` again.'),
        log: 'could not open the reminder form',
      },
    ];
    for (const { text, apology, log = 'could not open the questionnaire' } of cases) {
      const answered = bot.standIn.responseUrlPosts.length;
      bot.standIn.fail('views.open', { error: 'expired_trigger_id' });
      const response = await bot.driver.command(text);
      expect(response.status).toBe(200);
      await bot.standIn.waitFor(() => bot.standIn.responseUrlPosts.length === answered + 1);
      expect(bot.standIn.responseUrlPosts.at(-1)?.body).toMatchObject({
        response_type: 'ephemeral',
        text: apology,
      });
      const logged = bot.logs.lines.filter((line) => line.msg === log);
      expect(logged.at(-1)).toMatchObject({ method: 'views.open', level: 40 });
      // The request's own line is written when its listener returns, just after the apology is sent.
      await eventually(() => expect(bot.logs.requests().at(-1)?.outcome).toBe('failed'));
    }
  });

  it('makes no Slack call for an ephemeral reply: it rides on the acknowledgement', async () => {
    const before = bot.standIn.calls.length;
    await reply('roles');
    expect(bot.standIn.calls.length).toBe(before);
  });
});

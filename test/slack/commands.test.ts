import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYBOOK_TABLE } from '../helpers/markdown-table.js';
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
  it('help lists what the bot does and every subcommand', async () => {
    const { blocks, text } = await reply('help');
    const shown = JSON.stringify(blocks);
    for (const usage of [
      '`/aiteam`',
      '`/aiteam grid [pilot|production|scale]`',
      '`/aiteam roles`',
      '`/aiteam help`',
    ]) {
      expect(shown).toContain(usage);
    }
    expect(text).toContain('/aiteam');
  });

  it('grid shows the playbook grid: roles as rows, stages as columns, with the bands', async () => {
    const { blocks } = await reply('grid');
    expect(tableRows(blocks)).toEqual(PLAYBOOK_TABLE);
    expect(JSON.stringify(blocks)).toContain('Pilot 2 to 5 · Production 6 to 12 · Scale 12 to 30+');
  });

  it('grid with a stage shows that stage and what its levels mean', async () => {
    const { blocks } = await reply('grid Production');
    const rows = tableRows(blocks);
    expect(rows[0]).toEqual(['Role', 'Production']);
    expect(rows).toEqual(PLAYBOOK_TABLE.map((row) => [row[0], row[2]]));
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
    for (const row of PLAYBOOK_TABLE.slice(1, -1)) expect(shown).toContain(`*${row[0]}*: `);
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

  it('makes no Slack call for an ephemeral reply: it rides on the acknowledgement', async () => {
    const before = bot.standIn.calls.length;
    await reply('roles');
    expect(bot.standIn.calls.length).toBe(before);
  });
});

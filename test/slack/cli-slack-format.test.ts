import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../helpers/run-process.js';
import { formState } from './form.js';
import { type BotHarness, startBot } from './harness.js';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
});

const TEAM = {
  name: 'Search',
  stage: 'production',
  builds: 'custom_models',
  urgency: 'weeks',
  headingToNext: true,
  practices: ['eval_set', 'monitoring'],
  roles: {
    ai_engineer: { inHouse: 3, augmented: 1 },
    backend: { inHouse: 2 },
    data_scientist: { inHouse: 2 },
    mlops: { augmented: 1 },
  },
};

const AS_FLAGS = [
  '--name=Search',
  '--stage=production',
  '--builds=custom_models',
  '--urgency=weeks',
  '--heading-to-next',
  '--practice=eval_set,monitoring',
  '--role=ai_engineer=3',
  '--augmented=ai_engineer=1',
  '--role=backend=2',
  '--role=data_scientist=2',
  '--augmented=mlops=1',
];

describe('ai-team-advisor advise --format slack', () => {
  it('prints exactly the messages the bot posts for the same team: parent, then its thread', async () => {
    await bot.driver.command('', { channelId: 'C0GENERAL' });
    await bot.standIn.waitFor(() => bot.standIn.callsTo('views.open').length === 1);
    const view = bot.standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
    await bot.driver.submitView(view, formState(TEAM));
    const result = await runCliProcess([
      'advise',
      ...AS_FLAGS,
      '--format=slack',
      '--json',
      '--channel=C0GENERAL',
      '--user=U0ASKER',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, any>[];
    // The bot's answer is complete once it has posted as many messages as the CLI printed.
    await bot.standIn.waitFor(() => bot.standIn.callsTo('chat.postMessage').length >= printed.length);
    const posted = bot.standIn.callsTo('chat.postMessage').map((call) => call.params);
    const parentTs = bot.standIn.callsTo('chat.postMessage')[0]?.result.ts;

    expect(printed).toHaveLength(posted.length);
    printed.forEach((message, index) => {
      const post = posted[index] as Record<string, any>;
      expect({ channel: message.channel, text: message.text, blocks: message.blocks }).toEqual({
        channel: post.channel,
        text: post.text,
        blocks: post.blocks,
      });
      expect(message.message).toBe(index === 0 ? 'parent' : `reply ${index} of ${posted.length - 1}`);
      expect('thread_ts' in message).toBe(index > 0);
      expect(post.thread_ts).toBe(index === 0 ? undefined : parentTs);
    });
  });

  it('links each message to the Block Kit Builder with its blocks in the fragment', async () => {
    const result = await runCliProcess(['advise', ...AS_FLAGS, '--format=slack', '--json']);
    const printed = JSON.parse(result.stdout) as Record<string, any>[];
    expect(printed.length).toBeGreaterThanOrEqual(5);
    for (const message of printed) {
      const [base, fragment = ''] = (message.blockKitBuilder as string).split('#');
      expect(base).toBe('https://app.slack.com/block-kit-builder/');
      expect(JSON.parse(decodeURIComponent(fragment))).toEqual({ blocks: message.blocks });
    }
    // Without --channel and --user, placeholders stand in for the ids Slack would give.
    expect(printed[0]?.channel).toBe('C0000000000');
    expect(JSON.stringify(printed[0]?.blocks)).toContain('<@U0000000000>');
  });

  it('prints the preview links first, one per message, and the JSON only with --json or to --output', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-team-advisor-slack-'));
    const file = join(folder, 'messages.json');
    const [links, json] = await Promise.all([
      runCliProcess(['advise', ...AS_FLAGS, '--format=slack', '--output', file]),
      runCliProcess(['advise', ...AS_FLAGS, '--format=slack', '--json']),
    ]);
    expect(links.code).toBe(0);
    const messages = JSON.parse(json.stdout) as { message: string; blockKitBuilder: string }[];
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(messages);
    const lines = links.stdout.split('\n').filter((line) => line !== '');
    expect(lines[0]).toBe(
      `${messages.length} messages the bot would post, each opening in Slack's Block Kit Builder:`,
    );
    expect(lines.slice(1, -1)).toEqual(
      messages.map((message) => `${message.message}: ${message.blockKitBuilder}`),
    );
    expect(lines.at(-1)).toBe(`The messages as JSON (text, blocks, channel) are in ${file}.`);
    expect(links.stdout).not.toContain('"blocks"');
  });

  it('is built by the function the bot posts with', () => {
    // The CLI calls buildAnswer; the bot's answer path must too, or the preview could drift from the post.
    const answerTeam = readFileSync(new URL('../../src/slack/answer-team.ts', import.meta.url), 'utf8');
    expect(answerTeam).toMatch(/build: \(notice\) => buildAnswer\(/);
    const preview = readFileSync(new URL('../../src/cli/slack-preview.ts', import.meta.url), 'utf8');
    expect(preview).toMatch(/= buildAnswer\(/);
  });
});

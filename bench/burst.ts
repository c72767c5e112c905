import { fileURLToPath } from 'node:url';
import { SlackDriver } from '../test/slack/driver.js';
import { formState } from '../test/slack/form.js';
import { SlackStandIn } from '../test/slack/stand-in.js';
import { BENCH_TEAM } from './bench-team.js';
import { startApp } from './processes.js';
import { load, ms, type Summary, summarize } from './stats.js';

const SIGNING_SECRET = 'bench-signing-secret';
const BOT_TOKEN = 'xoxb-bench-token';
const OUR_APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));
const BARE_APP = fileURLToPath(new URL('./bare-app.js', import.meta.url));
const TEAM = formState({ ...BENCH_TEAM, practices: [...BENCH_TEAM.practices] });
/** Slack's limit for an acknowledgement. */
const SLACK_ACK_LIMIT_MS = 3_000;

export interface BurstResults {
  size: number;
  /** Each submission's acknowledgement, timed from when it was sent. */
  acks: Summary;
  /** Acknowledgements slower than Slack's three seconds. */
  overLimit: number;
  /** From the first submission sent to the last answer's fifth message posted. */
  allAnsweredMs: number;
}

/**
 * `size` questionnaire submissions sent at once (a workshop where everyone presses Submit together), each
 * answered with five messages: how long the acknowledgements take while the answers are being worked on.
 */
export async function burstBenchmark(size: number, which: 'ours' | 'bare' = 'ours'): Promise<BurstResults> {
  const standIn = new SlackStandIn({ botToken: BOT_TOKEN, anyChannel: true });
  await standIn.start();
  // The baseline: a bare Bolt app sending the bot's own five messages per answer, with no work of its own.
  const app = await startApp(which === 'ours' ? OUR_APP : BARE_APP, {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    BARE_PAYLOADS: 'same',
  });
  try {
    const driver = new SlackDriver(app.url, SIGNING_SECRET, standIn);
    await driver.command('', { channelId: 'C0BURST' });
    await standIn.waitFor(() => standIn.callsTo('views.open').length === 1);
    const view = standIn.callsTo('views.open')[0]?.params.view as Record<string, any>;
    const submit = async (channelId: string) => {
      const started = performance.now();
      const result = await driver.submitView(
        { ...view, private_metadata: JSON.stringify({ channelId }) },
        TEAM,
      );
      if (result.status !== 200) throw new Error(`submission failed with HTTP ${result.status}`);
      return performance.now() - started;
    };
    const answered = (channels: string[]) =>
      standIn.waitFor(
        () => channels.every((channel) => (standIn.postsPerChannel.get(channel)?.count ?? 0) >= 5),
        180_000,
        'every answer',
      );
    // Warm up (JIT, SQLite pages), a few at a time, then let everything settle.
    const warmUp = Array.from({ length: 50 }, (_, index) => `CWARM${index}`);
    await load(warmUp.length, 8, (index) => submit(warmUp[index] as string));
    await answered(warmUp);
    standIn.calls.length = 0;

    const channels = Array.from({ length: size }, (_, index) => `CBURST${index}`);
    const started = performance.now();
    const acks = await Promise.all(channels.map((channel) => submit(channel)));
    await answered(channels);
    const allAnsweredMs = performance.now() - started;
    return {
      size,
      acks: summarize(acks, allAnsweredMs),
      overLimit: acks.filter((ack) => ack > SLACK_ACK_LIMIT_MS).length,
      allAnsweredMs,
    };
  } finally {
    await app.stop();
    await standIn.stop();
  }
}

/** The section as BENCHMARKS.md shows it: the bot, and the bare app (B) under the same burst. */
export function burstLines(ours: BurstResults, bare: BurstResults): string[] {
  const line = (label: string, result: BurstResults) =>
    `- ${label}: acknowledgement p50 ${ms(result.acks.p50)}, p99 ${ms(result.acks.p99)}; over Slack's 3 s: ${result.overLimit} of ${result.size}; all answered (five messages each) ${ms(result.allAnsweredMs)} after the first was sent`;
  return [
    `## 6. Burst: ${ours.size} submissions at once`,
    '',
    line('ours', ours),
    line('bare B', bare),
    `- target: p99 acknowledgement < 3 s: ${ours.acks.p99 < SLACK_ACK_LIMIT_MS ? 'met' : 'missed'} (ratio to B ${(ours.acks.p99 / bare.acks.p99).toFixed(2)}x)`,
    '',
  ];
}

/** Both apps, one after the other. */
export async function burstSection(size: number): Promise<string[]> {
  const ours = await burstBenchmark(size, 'ours');
  const bare = await burstBenchmark(size, 'bare');
  return burstLines(ours, bare);
}

// `node dist-bench/bench/burst.js [size]`: this section alone (the full `npm run bench` includes it).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(process.argv[2] ?? 400);
  for (const line of await burstSection(size)) process.stdout.write(`${line}\n`);
}

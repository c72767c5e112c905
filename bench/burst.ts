import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SlackDriver } from '../test/slack/driver.js';
import { formState } from '../test/slack/form.js';
import type { SlackStandIn } from '../test/slack/stand-in.js';
import { BENCH_TEAM } from './bench-team.js';
import { startApp } from './processes.js';
import { load, ms, type Summary, summarize } from './stats.js';

const SIGNING_SECRET = 'bench-signing-secret';
const BOT_TOKEN = 'xoxb-bench-token';
const OUR_APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));
const BARE_APP = fileURLToPath(new URL('./bare-app.js', import.meta.url));
const STAND_IN = fileURLToPath(new URL('./stand-in-process.js', import.meta.url));
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
  const standIn = await standInProcess();
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
    const view = (await standIn.ask({ kind: 'open', url: app.url, signingSecret: SIGNING_SECRET })).view;
    // The load generator signs and sends; the stand-in in its own process only lends its ids.
    const driver = new SlackDriver(app.url, SIGNING_SECRET, {
      workspaceId: standIn.workspaceId,
      botId: standIn.botId,
      issueTrigger: () => `${Date.now()}.burst.trigger`,
    } as unknown as SlackStandIn);
    const submit = async (channelId: string) => {
      const started = performance.now();
      const result = await driver.submitView(
        { ...(view as Record<string, unknown>), private_metadata: JSON.stringify({ channelId }) },
        TEAM,
      );
      if (result.status !== 200) throw new Error(`submission failed with HTTP ${result.status}`);
      return performance.now() - started;
    };
    // Warm up (JIT, SQLite pages), a few at a time, then let everything settle.
    const warmUp = Array.from({ length: 50 }, (_, index) => `CWARM${index}`);
    await load(warmUp.length, 8, (index) => submit(warmUp[index] as string));
    await standIn.ask({ kind: 'answered', channels: warmUp });

    const channels = Array.from({ length: size }, (_, index) => `CBURST${index}`);
    const startedAt = Date.now();
    const started = performance.now();
    const acks = await Promise.all(channels.map((channel) => submit(channel)));
    const { lastAt } = await standIn.ask({ kind: 'answered', channels });
    return {
      size,
      acks: summarize(acks, performance.now() - started),
      overLimit: acks.filter((ack) => ack > SLACK_ACK_LIMIT_MS).length,
      allAnsweredMs: (lastAt as number) - startedAt,
    };
  } finally {
    await app.stop();
    standIn.stop();
  }
}

export interface StandInProcess {
  apiUrl: string;
  workspaceId: string;
  botId: string;
  /** Sends a request and resolves with the child's next reply. */
  ask(message: Record<string, unknown>): Promise<Record<string, unknown>>;
  stop(): void;
}

/** The Slack stand-in in a process of its own (bench/stand-in-process.ts), driven over IPC. */
export async function standInProcess(): Promise<StandInProcess> {
  const child = fork(STAND_IN, [], {
    env: { ...process.env, BOT_TOKEN },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Record<string, unknown>));
      child.once('exit', (code) => reject(new Error(`the stand-in exited with code ${code}`)));
    });
  const ready = (await next()) as { apiUrl: string; workspaceId: string; botId: string };
  return {
    apiUrl: ready.apiUrl,
    workspaceId: ready.workspaceId,
    botId: ready.botId,
    ask(message) {
      const reply = next();
      child.send(message);
      return reply;
    },
    stop: () => child.send({ kind: 'stop' }),
  };
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

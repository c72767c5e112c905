import { fileURLToPath } from 'node:url';
import { SlackDriver } from '../test/slack/driver.js';
import { formState } from '../test/slack/form.js';
import { SlackStandIn } from '../test/slack/stand-in.js';
import { BENCH_TEAM } from './bench-team.js';
import { type AppProcess, residentBytes, startApp } from './processes.js';
import { load, type Summary, summarize } from './stats.js';

const SIGNING_SECRET = 'bench-signing-secret';
const BOT_TOKEN = 'xoxb-bench-token';
const OUR_APP = fileURLToPath(new URL('../src/app.js', import.meta.url));
const BARE_APP = fileURLToPath(new URL('./bare-app.js', import.meta.url));

/** A team worth assessing: every section of the answer has content. */
const TEAM = formState({ ...BENCH_TEAM, practices: [...BENCH_TEAM.practices] });

export interface Compared {
  ours: Summary;
  /** The bare app answering with one-word payloads. */
  bare: Summary;
  /** The bare app sending the bot's own payloads (built once at its start-up). */
  bareSame: Summary;
}

export interface HttpResults {
  help: Compared;
  modal: Compared;
  submitAck: Compared;
  submitToLastReply: Compared;
  memory: { idle: number; afterWarmUp: number; after: number; assessments: number };
}

interface Scale {
  help: number;
  modal: number;
  submissions: number;
  concurrency: number;
  memoryAssessments: number;
}

export async function httpBenchmarks(scale: Scale): Promise<HttpResults> {
  const standIn = new SlackStandIn({ botToken: BOT_TOKEN, anyChannel: true });
  await standIn.start();
  const env = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    REMINDER_POLL_SECONDS: '15',
  };
  const bare = await startApp(BARE_APP, env);
  const bareSame = await startApp(BARE_APP, { ...env, BARE_PAYLOADS: 'same' });
  const ours = await startApp(OUR_APP, env);
  try {
    const idle = residentBytes(ours.child.pid);
    const runners = [bare, bareSame, ours].map((app) => requests(app, standIn));
    // Warm up every app (JIT, connection pools, SQLite pages) before measuring.
    for (const runner of runners) {
      await load(200, scale.concurrency, runner.help);
      await load(50, scale.concurrency, runner.modal);
      await load(50, scale.concurrency, async () => (await runner.submit()).ack);
      standIn.calls.length = 0;
    }
    // The apps take turns in short rounds, in a rotating order, so a busy moment on this shared machine falls
    // on all three rather than on whichever app happened to run then.
    const helpRuns = await inTurns(runners, scale.help, scale.concurrency, (runner) => runner.help);
    const modalRuns = await inTurns(runners, scale.modal, scale.concurrency, (runner) => runner.modal);
    standIn.calls.length = 0;
    const lastReplies = runners.map(() => [] as number[]);
    const submitRuns = await inTurns(runners, scale.submissions, scale.concurrency, (runner, index) => {
      return async () => {
        const result = await runner.submit();
        lastReplies[index]?.push(result.lastReply);
        return result.ack;
      };
    });
    const compared = (summaries: Summary[]): Compared => {
      const [bareSummary, bareSameSummary, oursSummary] = summaries as [Summary, Summary, Summary];
      return { ours: oursSummary, bare: bareSummary, bareSame: bareSameSummary };
    };
    const ourRunner = runners[2] as Requests;

    // Memory: idle (measured above), then after a warm-up share and after all assessments.
    const warmUp = Math.floor(scale.memoryAssessments / 5);
    const done = ourRunner.submitted(); // already made by the warm-up and measured runs
    await load(Math.max(0, warmUp - done), scale.concurrency, async () => (await ourRunner.submit()).ack);
    standIn.calls.length = 0;
    const afterWarmUp = residentBytes(ours.child.pid);
    await load(scale.memoryAssessments - Math.max(warmUp, done), scale.concurrency, async () => {
      const result = await ourRunner.submit();
      if (standIn.calls.length > 10_000) standIn.calls.length = 0;
      return result.ack;
    });
    const after = residentBytes(ours.child.pid);

    return {
      help: compared(helpRuns.map((run) => summarize(run.latencies, run.elapsedMs))),
      modal: compared(modalRuns.map((run) => summarize(run.latencies, run.elapsedMs))),
      submitAck: compared(submitRuns.map((run) => summarize(run.latencies, run.elapsedMs))),
      submitToLastReply: compared(
        submitRuns.map((run, index) => summarize(lastReplies[index] ?? [], run.elapsedMs)),
      ),
      memory: { idle, afterWarmUp, after, assessments: scale.memoryAssessments },
    };
  } finally {
    await Promise.all([ours.stop(), bare.stop(), bareSame.stop()]);
    await standIn.stop();
  }
}

/** Rounds per measured load: each app runs a share of the load per round, in turns. */
const ROUNDS = 6;

interface Requests {
  help: () => Promise<number>;
  modal: () => Promise<number>;
  /** A questionnaire submission: its acknowledgement, and the time to its fifth (last) message. */
  submit: () => Promise<{ ack: number; lastReply: number }>;
  /** How many submissions this app has answered so far. */
  submitted: () => number;
}

/** The three requests the bench measures, sent to one app, each resolving to its latency in milliseconds. */
function requests(app: AppProcess, standIn: SlackStandIn): Requests {
  const driver = new SlackDriver(app.url, SIGNING_SECRET, standIn);
  let view: Promise<Record<string, any>> | undefined;
  let nextChannel = 0;
  return {
    help: () => timed(async () => expectOk(await driver.command('help'))),
    modal: () => timed(async () => expectOk(await driver.command('', { channelId: 'C0BENCH' }))),
    async submit() {
      view ??= openedView(driver, standIn);
      const channelId = `CSUB${app.port}${nextChannel++}`;
      const payloadView = { ...(await view), private_metadata: JSON.stringify({ channelId }) };
      const sent = Date.now();
      const started = performance.now();
      expectOk(await driver.submitView(payloadView, TEAM));
      const ack = performance.now() - started;
      await standIn.waitFor(
        () => (standIn.postsPerChannel.get(channelId)?.count ?? 0) >= 5,
        30_000,
        `replies in ${channelId}`,
      );
      const lastAt = standIn.postsPerChannel.get(channelId)?.lastAt ?? Date.now();
      standIn.postsPerChannel.delete(channelId);
      return { ack, lastReply: lastAt - sent };
    },
    submitted: () => nextChannel,
  };
}

/** Runs `total` requests against each app, in rounds where the apps take turns in a rotating order. */
async function inTurns(
  runners: Requests[],
  total: number,
  concurrency: number,
  task: (runner: Requests, index: number) => () => Promise<number>,
): Promise<{ latencies: number[]; elapsedMs: number }[]> {
  const results = runners.map(() => ({ latencies: [] as number[], elapsedMs: 0 }));
  const perRound = Math.ceil(total / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let turn = 0; turn < runners.length; turn += 1) {
      const index = (round + turn) % runners.length;
      const result = results[index];
      const runner = runners[index];
      if (!result || !runner) continue;
      const { latencies, elapsedMs } = await load(perRound, concurrency, task(runner, index));
      result.latencies.push(...latencies);
      result.elapsedMs += elapsedMs;
    }
  }
  return results;
}

/** Start-up: spawn to the first 200 from /healthz, on a fresh SQLite database each time. */
export async function startupBenchmark(runs: number): Promise<number[]> {
  const standIn = new SlackStandIn({ botToken: BOT_TOKEN });
  await standIn.start();
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const app = await startApp(OUR_APP, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standIn.apiUrl,
        PORT: '0',
      });
      times.push(app.readyMs);
      await app.stop();
    }
  } finally {
    await standIn.stop();
  }
  return times;
}

async function timed(task: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

function expectOk(result: { status: number }): void {
  if (result.status !== 200) throw new Error(`request failed with HTTP ${result.status}`);
}

/** The questionnaire the app opens, as the stand-in recorded it, to submit back. */
async function openedView(driver: SlackDriver, standIn: SlackStandIn): Promise<Record<string, any>> {
  const before = standIn.callsTo('views.open').length;
  await driver.command('', { channelId: 'C0BENCH' });
  await standIn.waitFor(() => standIn.callsTo('views.open').length > before);
  return standIn.callsTo('views.open').at(-1)?.params.view as Record<string, any>;
}

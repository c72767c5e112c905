import { fileURLToPath } from 'node:url';
import { SlackDriver } from '../test/slack/driver.js';
import { formState } from '../test/slack/form.js';
import { SlackStandIn } from '../test/slack/stand-in.js';
import { BENCH_TEAM } from './bench-team.js';
import { type AppProcess, cpuMilliseconds, liveHeapBytes, residentBytes, startApp } from './processes.js';
import { atRate, load, type Summary, summarize } from './stats.js';

const SIGNING_SECRET = 'bench-signing-secret';
const BOT_TOKEN = 'xoxb-bench-token';
/** What `npm start` runs: the bot as `npm run build` bundles it (dist/app.js), not the bench's own compile. */
const OUR_APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));
const BARE_APP = fileURLToPath(new URL('./bare-app.js', import.meta.url));

/** A team worth assessing: every section of the answer has content. */
const TEAM = formState({ ...BENCH_TEAM, practices: [...BENCH_TEAM.practices] });

/** Latencies, and the CPU time the app spent per request while answering them (all threads; main thread). */
export type Measured = Summary & { cpuPerRequestMs: number; mainThreadCpuPerRequestMs: number };

export interface Compared {
  ours: Measured;
  /** The bare app answering with one-word payloads. */
  bare: Measured;
  /** The bare app sending the bot's own payloads (built once at its start-up). */
  bareSame: Measured;
}

export interface HttpResults {
  /** So many requests in flight that every app runs flat out: latency is queueing, set by CPU per request. */
  saturated: LoadResults;
  /** A steady arrival rate every app keeps up with, as users arrive: latency is what a request costs. */
  steady: LoadResults;
  /** Requests a second in the steady runs: a quarter of the slowest app's throughput flat out. */
  steadyRates: Record<SteadyKind, number>;
  memory: MemoryResults;
  /** Wall time of the request loads and of the memory series, in seconds (what a run's time goes on). */
  seconds: { requests: number; memory: number };
}

/** How many of each request each app answers. */
interface Counts {
  help: number;
  modal: number;
  submissions: number;
}

interface Scale extends Counts {
  /** Counts for the steady-rate runs, which take longer per request than running flat out. */
  steady: Counts;
  concurrency: number;
  /** The figure asked for: memory after this many assessments (the warm-up); the series runs to twice it. */
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
  const started = performance.now();
  try {
    const idle = residentBytes(ours.child.pid);
    const bareIdle = residentBytes(bareSame.child.pid);
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
    const saturated = await measureRequests(runners, standIn, scale, () => inFlight(scale.concurrency));
    // The same requests arriving at a steady rate every app keeps up with easily: a quarter of the slowest
    // app's throughput above (at half, the bot's CPU was three quarters busy and queueing set the tail).
    const quarterOfTheSlowest = (kind: SteadyKind) =>
      Math.floor(Math.min(...Object.values(saturated[kind]).map((app) => app.perSecond)) / 4);
    const steadyRates = {
      help: quarterOfTheSlowest('help'),
      modal: quarterOfTheSlowest('modal'),
      submitAck: quarterOfTheSlowest('submitAck'),
    };
    const steady = await measureRequests(runners, standIn, scale.steady, (kind) =>
      steadyRate(steadyRates[kind]),
    );

    const requestsDone = performance.now();
    // Resident memory of the bot that served the runs above, to twice the assessments asked for, so growth
    // after the warm-up shows. Beside it, at the same time, a second bot, its old generation capped as an
    // operator can set it (see BENCHMARKS.md), to the figure asked for: resident memory at each point, then
    // the live heap after a full collection forced through its inspector. Side by side the two series took
    // 175 s where one after the other took 191 s (runs 18 and 19 in BENCHMARKS.md); three series one after
    // another, as before, took the run past five minutes.
    const step = Math.ceil(scale.memoryAssessments / 5);
    const series = { step, total: 2 * scale.memoryAssessments, concurrency: scale.concurrency };
    const capped = await startApp(
      OUR_APP,
      { ...env, NODE_OPTIONS: `--max-old-space-size=${CAPPED_OLD_SPACE_MB}` },
      { inspect: true },
    );
    try {
      const cappedRunner = requests(capped, standIn);
      // Its first submission opens the questionnaire it then submits; done before the series run side by side,
      // since each series clears the stand-in's call log, where that wait looks.
      await cappedRunner.submit();
      const [asRun, cappedRun] = await Promise.all([
        memorySeries(ours, runners[2] as Requests, standIn, series, false),
        memorySeries(capped, cappedRunner, standIn, { ...series, total: scale.memoryAssessments }, true),
      ]);
      return {
        saturated,
        steady,
        steadyRates,
        memory: { idle, bareIdle, asRun, capped: cappedRun },
        seconds: {
          requests: (requestsDone - started) / 1000,
          memory: (performance.now() - requestsDone) / 1000,
        },
      };
    } finally {
      await capped.stop();
    }
  } finally {
    await Promise.all([ours.stop(), bare.stop(), bareSame.stop()]);
    await standIn.stop();
  }
}

type RequestKind = 'help' | 'modal' | 'submitAck' | 'submitToLastReply';
/** The kinds of request sent (the last reply is measured on the submissions). */
type SteadyKind = Exclude<RequestKind, 'submitToLastReply'>;
export type LoadResults = Record<RequestKind, Compared>;

/** The three requests, sent to each app in turns, driven as `driving` says for each kind of request. */
async function measureRequests(
  runners: Requests[],
  standIn: SlackStandIn,
  scale: Counts,
  driving: (kind: SteadyKind) => Driving,
): Promise<LoadResults> {
  const helpRuns = await inTurns(runners, scale.help, driving('help'), (runner) => runner.help);
  const modalRuns = await inTurns(runners, scale.modal, driving('modal'), (runner) => runner.modal);
  standIn.calls.length = 0;
  const lastReplies = runners.map(() => [] as number[]);
  const submitRuns = await inTurns(runners, scale.submissions, driving('submitAck'), (runner, index) => {
    return async (since) => {
      const result = await runner.submit(since);
      lastReplies[index]?.push(result.lastReply);
      return result.ack;
    };
  });
  standIn.calls.length = 0;
  const compared = (summaries: Measured[]): Compared => {
    const [bareSummary, bareSameSummary, oursSummary] = summaries as [Measured, Measured, Measured];
    return { ours: oursSummary, bare: bareSummary, bareSame: bareSameSummary };
  };
  return {
    help: compared(helpRuns.map((run) => measured(run.latencies, run))),
    modal: compared(modalRuns.map((run) => measured(run.latencies, run))),
    submitAck: compared(submitRuns.map((run) => measured(run.latencies, run))),
    submitToLastReply: compared(submitRuns.map((run, index) => measured(lastReplies[index] ?? [], run))),
  };
}

function measured(latencies: number[], run: Turns): Measured {
  return {
    ...summarize(latencies, run.elapsedMs),
    cpuPerRequestMs: run.cpuMs / Math.max(1, run.latencies.length),
    mainThreadCpuPerRequestMs: run.mainThreadCpuMs / Math.max(1, run.latencies.length),
  };
}

/** The old-generation cap (MB) of the memory run that shows what an operator's cap does to resident memory. */
export const CAPPED_OLD_SPACE_MB = 128;

export interface MemoryPoint {
  assessments: number;
  resident: number;
  /** The live heap after a full collection (read only where the series forces collections). */
  liveHeap?: number;
}

export interface MemoryResults {
  idle: number;
  /** Bare app B (the bot's payloads built at its start), idle after start: what Bolt alone holds. */
  bareIdle: number;
  /** The bot that served the HTTP runs, left to collect garbage as V8 sees fit: resident memory. */
  asRun: MemoryPoint[];
  /**
   * A second bot process with NODE_OPTIONS=--max-old-space-size=CAPPED_OLD_SPACE_MB: resident memory at each
   * point, then (forced through its inspector) a full collection and the live heap.
   */
  capped: MemoryPoint[];
}

/**
 * Resident memory after every `step` assessments up to `total` (counting those the app has answered
 * already), and, with `collect`, then the live heap after a full collection through the app's inspector.
 */
async function memorySeries(
  app: AppProcess,
  runner: Requests,
  standIn: SlackStandIn,
  { step, total, concurrency }: { step: number; total: number; concurrency: number },
  collect: boolean,
): Promise<MemoryPoint[]> {
  const points: MemoryPoint[] = [];
  for (let target = step; target <= total; target += step) {
    const missing = target - runner.submitted();
    if (missing <= 0) continue;
    await load(missing, concurrency, async () => (await runner.submit()).ack);
    standIn.calls.length = 0;
    const resident = residentBytes(app.child.pid);
    points.push({
      assessments: target,
      resident,
      ...(collect ? { liveHeap: await liveHeapBytes(app) } : {}),
    });
  }
  return points;
}

/** Rounds per measured load: each app runs a share of the load per round, in turns. */
const ROUNDS = 6;

/** Each request is timed from `since` (a `performance.now()`; by default, when it is sent). */
interface Requests {
  help: (since?: number) => Promise<number>;
  modal: (since?: number) => Promise<number>;
  /** A questionnaire submission: its acknowledgement, and the time to its fifth (last) message. */
  submit: (since?: number) => Promise<{ ack: number; lastReply: number }>;
  /** How many submissions this app has answered so far. */
  submitted: () => number;
  /** The app's process id, to read the CPU time it spends. */
  pid: number | undefined;
}

/** The three requests the bench measures, sent to one app, each resolving to its latency in milliseconds. */
function requests(app: AppProcess, standIn: SlackStandIn): Requests {
  const driver = new SlackDriver(app.url, SIGNING_SECRET, standIn);
  let view: Promise<Record<string, any>> | undefined;
  let nextChannel = 0;
  return {
    help: (since) => timed(since, async () => expectOk(await driver.command('help'))),
    modal: (since) => timed(since, async () => expectOk(await driver.command('', { channelId: 'C0BENCH' }))),
    async submit(since) {
      view ??= openedView(driver, standIn);
      const channelId = `CSUB${app.port}${nextChannel++}`;
      const payloadView = { ...(await view), private_metadata: JSON.stringify({ channelId }) };
      const started = since ?? performance.now();
      // The stand-in stamps posts with Date.now(): the same start on that clock.
      const sent = Date.now() - (performance.now() - started);
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
    pid: app.child.pid,
  };
}

/** What one app did over its turns: each request's latency, the wall time and the CPU time it used. */
interface Turns {
  latencies: number[];
  elapsedMs: number;
  cpuMs: number;
  mainThreadCpuMs: number;
}

/** How requests are sent: so many in flight at a time (`load`), or so many a second (`atRate`). */
type Driving = (
  count: number,
  task: (since?: number) => Promise<number>,
) => Promise<{
  latencies: number[];
  elapsedMs: number;
}>;

const inFlight =
  (concurrency: number): Driving =>
  (count, task) =>
    load(count, concurrency, () => task());
const steadyRate =
  (perSecond: number): Driving =>
  (count, task) =>
    atRate(count, perSecond, task);

/**
 * Runs `total` requests against each app, in rounds where the apps take turns in a rotating order. An app's
 * CPU time is read around each of its turns; apps waiting for their turn are idle.
 */
async function inTurns(
  runners: Requests[],
  total: number,
  driving: Driving,
  task: (runner: Requests, index: number) => (since?: number) => Promise<number>,
): Promise<Turns[]> {
  const results: Turns[] = runners.map(() => ({ latencies: [], elapsedMs: 0, cpuMs: 0, mainThreadCpuMs: 0 }));
  const perRound = Math.ceil(total / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let turn = 0; turn < runners.length; turn += 1) {
      const index = (round + turn) % runners.length;
      const result = results[index];
      const runner = runners[index];
      if (!result || !runner) continue;
      const cpuBefore = cpuMilliseconds(runner.pid);
      const mainBefore = cpuMilliseconds(runner.pid, 'main');
      const { latencies, elapsedMs } = await driving(perRound, task(runner, index));
      result.cpuMs += cpuMilliseconds(runner.pid) - cpuBefore;
      result.mainThreadCpuMs += cpuMilliseconds(runner.pid, 'main') - mainBefore;
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

async function timed(since: number | undefined, task: () => Promise<void>): Promise<number> {
  const started = since ?? performance.now();
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

/**
 * CPU per request only (`npm run bench -- --only cpu`): the bot against bare app B, flat out, in turns, as the
 * full run's headline table measures it but without the other loads. Quick enough to run between two changes
 * (with BENCH_PROFILE=DIR, to profile one request kind); the full run's figures are the ones to quote.
 */
export async function cpuOnlyBenchmark(
  counts: Counts,
  concurrency: number,
): Promise<Record<SteadyKind, { ours: Measured; bareSame: Measured }>> {
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
  const bareSame = await startApp(BARE_APP, { ...env, BARE_PAYLOADS: 'same' });
  const ours = await startApp(OUR_APP, env);
  try {
    const runners = [bareSame, ours].map((app) => requests(app, standIn));
    for (const runner of runners) {
      await load(200, concurrency, runner.help);
      await load(50, concurrency, runner.modal);
      await load(50, concurrency, async () => (await runner.submit()).ack);
      standIn.calls.length = 0;
    }
    const driving = inFlight(concurrency);
    const pair = (runs: Turns[]) => {
      const [bareRun, oursRun] = runs as [Turns, Turns];
      return { bareSame: measured(bareRun.latencies, bareRun), ours: measured(oursRun.latencies, oursRun) };
    };
    const help = pair(await inTurns(runners, counts.help, driving, (runner) => runner.help));
    const modal = pair(await inTurns(runners, counts.modal, driving, (runner) => runner.modal));
    standIn.calls.length = 0;
    const submitAck = pair(
      await inTurns(runners, counts.submissions, driving, (runner) => async (since) => {
        const result = await runner.submit(since);
        standIn.calls.length = 0;
        return result.ack;
      }),
    );
    return { help, modal, submitAck };
  } finally {
    await Promise.all([ours.stop(), bareSame.stop()]);
    await standIn.stop();
  }
}

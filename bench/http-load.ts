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
    const run = async (app: AppProcess) => {
      const driver = new SlackDriver(app.url, SIGNING_SECRET, standIn);
      const channels = { next: 0 };
      const help = () => timed(async () => expectOk(await driver.command('help')));
      const modal = () => timed(async () => expectOk(await driver.command('', { channelId: 'C0BENCH' })));
      const view = await openedView(driver, standIn);
      const submit = async () => {
        const channelId = `CSUB${app.port}${channels.next++}`;
        const payloadView = { ...view, private_metadata: JSON.stringify({ channelId }) };
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
      };
      // Warm up (JIT, connection pools, SQLite pages) before measuring.
      await load(200, scale.concurrency, help);
      await load(50, scale.concurrency, modal);
      await load(50, scale.concurrency, async () => (await submit()).ack);
      standIn.calls.length = 0;

      const helpRun = await load(scale.help, scale.concurrency, help);
      const modalRun = await load(scale.modal, scale.concurrency, modal);
      standIn.calls.length = 0;
      const lastReplies: number[] = [];
      const submitRun = await load(scale.submissions, scale.concurrency, async () => {
        const result = await submit();
        lastReplies.push(result.lastReply);
        return result.ack;
      });
      standIn.calls.length = 0;
      return {
        help: summarize(helpRun.latencies, helpRun.elapsedMs),
        modal: summarize(modalRun.latencies, modalRun.elapsedMs),
        submitAck: summarize(submitRun.latencies, submitRun.elapsedMs),
        submitToLastReply: summarize(lastReplies, submitRun.elapsedMs),
        submit,
      };
    };
    const bareResults = await run(bare);
    const bareSameResults = await run(bareSame);
    const ourResults = await run(ours);

    // Memory: idle (measured above), then after a warm-up share and after all assessments.
    const warmUp = Math.floor(scale.memoryAssessments / 5);
    const done = 250 + 2 * scale.submissions; // already made by the warm-up and measured runs
    await load(Math.max(0, warmUp - done), scale.concurrency, async () => (await ourResults.submit()).ack);
    standIn.calls.length = 0;
    const afterWarmUp = residentBytes(ours.child.pid);
    await load(scale.memoryAssessments - Math.max(warmUp, done), scale.concurrency, async () => {
      const result = await ourResults.submit();
      if (standIn.calls.length > 10_000) standIn.calls.length = 0;
      return result.ack;
    });
    const after = residentBytes(ours.child.pid);

    return {
      help: { ours: ourResults.help, bare: bareResults.help, bareSame: bareSameResults.help },
      modal: { ours: ourResults.modal, bare: bareResults.modal, bareSame: bareSameResults.modal },
      submitAck: {
        ours: ourResults.submitAck,
        bare: bareResults.submitAck,
        bareSame: bareSameResults.submitAck,
      },
      submitToLastReply: {
        ours: ourResults.submitToLastReply,
        bare: bareResults.submitToLastReply,
        bareSame: bareSameResults.submitToLastReply,
      },
      memory: { idle, afterWarmUp, after, assessments: scale.memoryAssessments },
    };
  } finally {
    await Promise.all([ours.stop(), bare.stop(), bareSame.stop()]);
    await standIn.stop();
  }
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

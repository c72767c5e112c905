import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAGE_IDS } from '../src/advisor/index.js';
import { migrate, openDatabase } from '../src/storage/database.js';
import { SqlAssessmentStore } from '../src/storage/sql-assessment-store.js';
import { team } from '../test/helpers/teams.js';
import { SlackDriver } from '../test/slack/driver.js';
import type { SlackStandIn } from '../test/slack/stand-in.js';
import { standInProcess } from './burst.js';
import { startApp } from './processes.js';
import { ms } from './stats.js';

const SIGNING_SECRET = 'bench-signing-secret';
const BOT_TOKEN = 'xoxb-bench-token';
const OUR_APP = fileURLToPath(new URL('../../dist/app.js', import.meta.url));
const ADMIN = 'U0BENCHADMIN';
/** Another person's acknowledgements while a plan is made are held to this (the issue's target). */
const OTHERS_P99_TARGET_MS = 50;

/** One `/aiteam plan` as the bench saw it: its acknowledgement, each step the bot logged, and the whole. */
interface PlanRun {
  ack: number;
  load: number;
  build: number;
  render: number;
  upload: number;
  post: number;
  /** From the command sent to the bot's log line saying the plan's last message is posted. */
  sent: number;
  messages: number;
  picture: string;
  madeIn: string;
  /** Teams in the plan: every stored team, or the run stops. */
  teams: number;
  /** `/aiteam help` acknowledgements sent one after another while the plan was being made and sent. */
  others: number[];
}

/**
 * `teams` stored teams, a mix of stages, sizes, gaps and ages, in a fresh SQLite file for the bot. Every team
 * is one the admin may see without being in its channel, by either rule (see teamsVisibleTo): even ones
 * shared with the plan, odd ones in public channels; the public channels are returned, for the stand-in to
 * list.
 */
async function storeTeams(path: string, workspaceId: string, teams: number): Promise<string[]> {
  const publicChannels: string[] = [];
  const database = openDatabase({ engine: 'sqlite', path });
  try {
    await migrate(database.db);
    const store = new SqlAssessmentStore(database.db);
    const now = Date.now();
    for (let index = 0; index < teams; index += 1) {
      const stage = STAGE_IDS[index % STAGE_IDS.length] ?? 'pilot';
      const name = `Team ${index}`;
      const channelId = `CBENCH${index}`;
      const sharedWithPlan = index % 2 === 0;
      if (!sharedWithPlan) publicChannels.push(channelId);
      await store.save({
        workspaceId,
        channelId,
        sharedWithPlan,
        userId: `U${index}`,
        teamName: name,
        stage,
        createdAt: new Date(now - (index % 150) * 24 * 60 * 60 * 1000),
        profile: team({
          name,
          stage,
          builds: index % 4 === 0 ? 'both' : 'foundation_apis',
          urgency: index % 3 === 0 ? 'weeks' : 'this_quarter',
          roles: {
            ai_engineer: 1 + (index % 4),
            backend: index % 3,
            ai_pm: index % 2,
            data_engineer: index % 5 === 0 ? 1 : 0,
            mlops: index % 7 === 0 ? 1 : 0,
          },
          practices: index % 2 === 0 ? ['eval_set'] : [],
        }),
        summary: { headcount: 4, band: '2 to 5', position: 'within', stallPoints: [], gaps: [], covered: [] },
      });
    }
  } finally {
    await database.close();
  }
  return publicChannels;
}

/** The app's log lines as they are written to its output file, read from where the last read stopped. */
function logReader(path: string): () => Record<string, any>[] {
  let offset = 0;
  let partial = '';
  return () => {
    const fd = openSync(path, 'r');
    try {
      const chunks: Buffer[] = [];
      const buffer = Buffer.alloc(1 << 16);
      for (;;) {
        const read = readSync(fd, buffer, 0, buffer.length, offset);
        if (read === 0) break;
        offset += read;
        chunks.push(Buffer.from(buffer.subarray(0, read)));
      }
      const text = partial + Buffer.concat(chunks).toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      return lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * `/aiteam plan` over `teams` stored teams, sent as a workspace admin (who sees them all) to the bot as
 * `npm start` runs it (its own process, SQLite), with the Slack stand-in in a process of its own: the
 * acknowledgement, the steps the bot logs (reading the teams, planning, drawing the PNG, uploading it,
 * posting) and the time to its log line saying the last message is posted. Meanwhile another person sends
 * `/aiteam help` one after another: what the plan costs everyone else's acknowledgements. This process only
 * sends requests and times them. One warm-up run first, left out.
 */
export async function planBenchmark(
  teams: number,
  runs: number,
): Promise<{ results: PlanRun[]; quiet: number[] }> {
  const standIn = await standInProcess();
  const folder = mkdtempSync(join(tmpdir(), 'advisor-bench-plan-'));
  const database = join(folder, 'plan.db');
  try {
    const publicChannels = await storeTeams(database, standIn.workspaceId, teams);
    await standIn.ask({ kind: 'public channels', channels: publicChannels });
    await standIn.ask({ kind: 'admin', userId: ADMIN });
    const app = await startApp(OUR_APP, {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: `file:${database}`,
    });
    try {
      // The load generator signs and sends; the stand-in in its own process only lends its ids and addresses.
      let sequence = 0;
      const driver = new SlackDriver(app.url, SIGNING_SECRET, {
        workspaceId: standIn.workspaceId,
        botId: standIn.botId,
        issueTrigger: () => `${Date.now()}.plan.trigger`,
        responseUrl: () => `${new URL(standIn.apiUrl).origin}/response/plan${++sequence}`,
      } as unknown as SlackStandIn);
      const readLog = logReader(app.output);
      const help = async () => {
        const started = performance.now();
        const answered = await driver.command('help', { userId: 'U0SOMEONE' });
        if (answered.status !== 200) throw new Error(`/aiteam help answered HTTP ${answered.status}`);
        return performance.now() - started;
      };
      const results: PlanRun[] = [];
      const quiet: number[] = [];
      for (let run = 0; run <= runs; run += 1) {
        const started = performance.now();
        const response = await driver.command('plan', { userId: ADMIN });
        const ack = performance.now() - started;
        if (response.status !== 200) throw new Error(`/aiteam plan answered HTTP ${response.status}`);
        const others: number[] = [];
        let line: Record<string, any> | undefined;
        // Someone else's command meanwhile, one after another until the plan is out: how long its
        // acknowledgement waits behind the plan's work in the same process.
        for (;;) {
          line = readLog().find(
            (entry) => entry.msg === 'sent the hiring plan' || entry.msg === 'could not send the hiring plan',
          );
          if (line) break;
          others.push(await help());
        }
        const sent = performance.now() - started;
        if (line.msg !== 'sent the hiring plan') throw new Error(`the plan failed: ${JSON.stringify(line)}`);
        // A plan of every stored team, or the figures measure something else (e.g. "no teams to show").
        if (line.teams !== teams) {
          throw new Error(
            `the plan showed ${line.teams ?? 'no'} teams of the ${teams} stored: ${JSON.stringify(line)}`,
          );
        }
        if (run === 0) {
          // The baseline, on the same machine at the same time: the same acknowledgements with no plan
          // underway, as many as the warm-up plan saw.
          for (let index = 0; index < Math.max(200, others.length); index += 1) quiet.push(await help());
          continue;
        }
        results.push({
          ack,
          ...line.timingsMs,
          sent,
          messages: line.messages,
          teams: line.teams,
          picture: line.picture,
          madeIn: line.madeIn,
          others,
        });
      }
      return { results, quiet };
    } finally {
      await app.stop();
    }
  } finally {
    standIn.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p99 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(0.99 * values.length))] ?? 0;

/** The section's Markdown for plans of each size: medians and the slowest of the runs. */
export async function planSection(sizes: readonly { teams: number; runs: number }[]): Promise<string[]> {
  const measured: { teams: number; runs: number; results: PlanRun[]; quiet: number[] }[] = [];
  for (const size of sizes) measured.push({ ...size, ...(await planBenchmark(size.teams, size.runs)) });
  const heads = measured.map(({ teams }) => `${teams.toLocaleString('en-US')} teams: median | slowest`);
  const row = (label: string, field: keyof Omit<PlanRun, 'messages' | 'picture' | 'madeIn' | 'others'>) =>
    `| ${label} | ${measured
      .map(({ results }) => {
        const values = results.map((result) => result[field]);
        return `${ms(median(values))} | ${ms(Math.max(...values))}`;
      })
      .join(' | ')} |`;
  const othersLine = ({ teams, results, quiet }: (typeof measured)[number]) => {
    const others = results.flatMap((result) => result.others);
    const verdict = p99(others) < OTHERS_P99_TARGET_MS ? 'met' : 'missed';
    return `- ${teams.toLocaleString('en-US')} teams: another person's \`/aiteam help\` acknowledgement while the plan was made and sent (${others.length} sent one after another): p50 ${ms(median(others))}, p99 ${ms(p99(others))}, slowest ${ms(Math.max(0, ...others))} (target p99 < ${OTHERS_P99_TARGET_MS} ms: ${verdict}); with no plan underway, just before (${quiet.length}): p50 ${ms(median(quiet))}, p99 ${ms(p99(quiet))}, slowest ${ms(Math.max(0, ...quiet))}.`;
  };
  return [
    '## 7. The hiring plan: `/aiteam plan`',
    '',
    `As a workspace admin (every team visible: half shared with the plan, half in public channels the admin is not in), the bot in its own process (SQLite), the Slack stand-in in another; ${measured.map(({ teams, runs, results }) => `${teams.toLocaleString('en-US')} teams: ${runs} runs after a warm-up, ${results[0]?.teams ?? 0} teams in the plan, made ${results[0]?.madeIn ?? '?'}, ${results[0]?.messages ?? 0} messages, picture ${results[0]?.picture ?? 'none'}`).join('; ')}.`,
    '',
    `| Step | ${heads.join(' | ')} |`,
    `|---|${measured.map(() => '---|---|').join('')}`,
    row('acknowledgement (command sent → HTTP answer)', 'ack'),
    row('reading the teams and who may see them', 'load'),
    row('building the plan (planHiring)', 'build'),
    row('drawing the PNG', 'render'),
    row('uploading the PNG', 'upload'),
    row('posting every message', 'post'),
    row('command sent → plan sent (the bot logs it after the last post)', 'sent'),
    '',
    ...measured.map(othersLine),
    '',
  ];
}

/**
 * `npm run bench`: the figures behind BENCHMARKS.md. Every figure that can be is set against a baseline
 * measured in the same run (a bare Bolt app; the same claim with 1,000 pending). `--quick` runs a smaller
 * load to check the harness; the figures worth quoting come from a full run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { advisorBenchmarkInOwnProcess } from './advisor.js';
import { burstSection } from './burst.js';
import {
  CAPPED_OLD_SPACE_MB,
  type Compared,
  cpuOnlyBenchmark,
  httpBenchmarks,
  type LoadResults,
  startupBenchmark,
} from './http-load.js';
import { planSection } from './plan.js';
import { claimBenchmark, deliveryBenchmark } from './scheduler.js';
import { mb, ms, rate, ratio, signedMb } from './stats.js';

const USAGE = `npm run bench [-- --quick] [-- --only plan|cpu]

Measures the bot and prints the figures BENCHMARKS.md quotes, as Markdown: HTTP latency and throughput
against a bare Bolt app, the advisor's own throughput, reminder claims and delivery on SQLite and
PostgreSQL, memory under sustained load, and start-up. A full run takes about five minutes.

  --quick    a smaller load, to check the harness works (its figures are not for quoting)
  --only plan  only the hiring plan section (/aiteam plan over 500 and 5,000 teams)
  --only cpu   only CPU per request against bare app B (a check between changes; quote the full run)
  -h, --help this text

Environment:
  BENCH_DATABASE_URL   PostgreSQL for the scheduler section (default: TEST_DATABASE_URL, then
                       postgres://postgres@127.0.0.1:5432/test); its rows are left out if unreachable
  BENCH_PROFILE=DIR    write a CPU profile of each app process into DIR
  BENCH_CPU_COUNTS     with --only cpu: help,modal,submissions requests per app (default 3000,1500,1000)
`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const unknown = args.filter((arg, index) => arg !== '--quick' && index !== onlyAt && index !== onlyAt + 1);
if (onlyAt >= 0 && only !== 'plan' && only !== 'cpu') {
  process.stderr.write(`npm run bench: --only takes plan or cpu, not ${only ?? 'nothing'}\n\n${USAGE}`);
  process.exit(2);
}
if (unknown.length > 0) {
  process.stderr.write(`npm run bench: unknown argument ${unknown.join(' ')}\n\n${USAGE}`);
  process.exit(2);
}

const quick = process.argv.includes('--quick');
const POSTGRES_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
/** The installed version of a dependency, read from its package.json (some packages do not export it). */
const version = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function row(label: string, results: Compared, target: number) {
  const { ours, bare, bareSame } = results;
  const verdict = (r: number) => `${r.toFixed(2)}x (${r <= target ? 'met' : 'missed'})`;
  out(
    `| ${label} | ${ms(ours.p50)} | ${ms(ours.p99)} | ${rate(ours.perSecond)} | ${ms(bare.p99)} | ${verdict(ours.p99 / bare.p99)} | ${ms(bareSame.p99)} | ${verdict(ours.p99 / bareSame.p99)} |`,
  );
}

const started = performance.now();
out(`# Benchmark run ${new Date().toISOString()}`);
out();
out(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM; Node ${process.version}; @slack/bolt ${version('@slack/bolt')}; better-sqlite3 ${version('better-sqlite3')}; kysely ${version('kysely')}; pg ${version('pg')}.${quick ? ' QUICK RUN (smaller load): not for quoting.' : ''}`,
);
out();

/** The plan section: 500 teams, and 5,000 (the most a plan reads); fewer runs in a quick run. */
const PLAN_SIZES = quick
  ? [
      { teams: 500, runs: 1 },
      { teams: 5_000, runs: 1 },
    ]
  : [
      { teams: 500, runs: 5 },
      { teams: 5_000, runs: 3 },
    ];
if (only === 'plan') {
  for (const line of await planSection(PLAN_SIZES)) out(line);
  process.exit(0);
}

if (only === 'cpu') {
  // BENCH_CPU_COUNTS=help,modal,submissions (e.g. 0,1500,0) runs one kind alone: a profile of that request.
  const [help, modal, submissions] = (
    process.env.BENCH_CPU_COUNTS ?? (quick ? '600,300,120' : '3000,1500,1000')
  )
    .split(',')
    .map(Number);
  const counts = { help: help ?? 0, modal: modal ?? 0, submissions: submissions ?? 0 };
  const cpu = await cpuOnlyBenchmark(counts, 8);
  out('| Request | main thread: ours / B | ratio | all threads: ours / B | ratio |');
  out('|---|---|---|---|---|');
  for (const [label, { ours, bareSame }] of [
    ['`/aiteam help`', cpu.help],
    ['`/aiteam` (opens the questionnaire)', cpu.modal],
    ['questionnaire submission with its five posts', cpu.submitAck],
  ] as const) {
    out(
      `| ${label} | ${ms(ours.mainThreadCpuPerRequestMs)} / ${ms(bareSame.mainThreadCpuPerRequestMs)} | ${ratio(ours.mainThreadCpuPerRequestMs, bareSame.mainThreadCpuPerRequestMs)} | ${ms(ours.cpuPerRequestMs)} / ${ms(bareSame.cpuPerRequestMs)} | ${ratio(ours.cpuPerRequestMs, bareSame.cpuPerRequestMs)} |`,
    );
  }
  process.exit(0);
}

const SCALE = quick
  ? {
      help: 300,
      modal: 200,
      submissions: 60,
      steady: { help: 150, modal: 100, submissions: 30 },
      concurrency: 8,
      memoryAssessments: 1_000,
    }
  : {
      help: 3_000,
      modal: 1_500,
      submissions: 1_000,
      steady: { help: 1_000, modal: 500, submissions: 400 },
      concurrency: 8,
      memoryAssessments: 10_000,
    };
const http = await httpBenchmarks(SCALE);

/** One load's tables: p99 against the targets, then medians and CPU per request. */
function printLoad(title: string, results: LoadResults) {
  out(title);
  out();
  out(
    '| Request (target) | ours p50 | ours p99 | ours throughput | bare A p99 | p99 ratio to A | bare B p99 | p99 ratio to B |',
  );
  out('|---|---|---|---|---|---|---|---|');
  row('`/aiteam help` (acknowledgement; ≤ 1.2x)', results.help, 1.2);
  row('`/aiteam` (acknowledgement; ≤ 1.2x)', results.modal, 1.2);
  row('submission (acknowledgement; ≤ 1.2x)', results.submitAck, 1.2);
  row('submission → last threaded reply (≤ 1.3x)', results.submitToLastReply, 1.3);
  out();
  out(
    '| Request | ours p50 | bare A p50 | ratio to A | bare B p50 | ratio to B | CPU per request: ours / A / B | of it on the main thread: ours / A / B |',
  );
  out('|---|---|---|---|---|---|---|---|');
  for (const [label, compared] of [
    ['`/aiteam help` (acknowledgement)', results.help],
    ['`/aiteam` (acknowledgement)', results.modal],
    ['submission (acknowledgement and answer)', results.submitAck],
    ['submission → last threaded reply', results.submitToLastReply],
  ] as const) {
    const { ours, bare, bareSame } = compared;
    // The last reply is measured on the submissions above: the same requests, the same CPU.
    const cpu = (field: 'cpuPerRequestMs' | 'mainThreadCpuPerRequestMs') =>
      label === 'submission → last threaded reply'
        ? '(as above)'
        : [ours, bare, bareSame].map((app) => ms(app[field])).join(' / ');
    out(
      `| ${label} | ${ms(ours.p50)} | ${ms(bare.p50)} | ${ratio(ours.p50, bare.p50)} | ${ms(bareSame.p50)} | ${ratio(ours.p50, bareSame.p50)} | ${cpu('cpuPerRequestMs')} | ${cpu('mainThreadCpuPerRequestMs')} |`,
    );
  }
  out();
}
out('## 1. Requests through the real HTTP endpoint (signed), against the local Slack stand-in');
out();
/**
 * The headline: CPU per request, the steadiest figure on a shared machine, against bare app B (the bot's own
 * payloads) in the same run. Read flat out, where each app answers the most requests per turn; the main
 * thread is the one event loop every request goes through.
 */
const CPU_TARGETS = [
  ['`/aiteam help`', http.saturated.help, 1.1],
  ['`/aiteam` (opens the questionnaire)', http.saturated.modal, 1.1],
  ['questionnaire submission with its five posts', http.saturated.submitAck, 1.2],
] as const;
out('### CPU per request (the headline), against bare app B');
out();
out('| Request (target, main thread) | main thread: ours / B | ratio | all threads: ours / B | ratio |');
out('|---|---|---|---|---|');
for (const [label, compared, target] of CPU_TARGETS) {
  const { ours, bareSame } = compared;
  const main = ours.mainThreadCpuPerRequestMs / bareSame.mainThreadCpuPerRequestMs;
  out(
    `| ${label} (≤ ${target}x) | ${ms(ours.mainThreadCpuPerRequestMs)} / ${ms(bareSame.mainThreadCpuPerRequestMs)} | ${main.toFixed(2)}x (${main <= target ? 'met' : 'missed'}) | ${ms(ours.cpuPerRequestMs)} / ${ms(bareSame.cpuPerRequestMs)} | ${ratio(ours.cpuPerRequestMs, bareSame.cpuPerRequestMs)} |`,
  );
}
const modalTail = http.steady.modal.ours.p99 / http.steady.modal.bareSame.p99;
out();
out(
  `- \`/aiteam\` acknowledgement p99 at a steady rate: ${ms(http.steady.modal.ours.p99)} against B's ${ms(http.steady.modal.bareSame.p99)}, ${modalTail.toFixed(2)}x (target ≤ 1.2x: ${modalTail <= 1.2 ? 'met' : 'missed'}); flat out ${ratio(http.saturated.modal.ours.p99, http.saturated.modal.bareSame.p99)}.`,
);
out();
out(
  "Bare app A answers with one-word payloads; bare app B sends the bot's own payloads, built once at its start-up.",
);
out();
printLoad(
  `### At a steady rate (help ${rate(http.steadyRates.help)}, /aiteam ${rate(http.steadyRates.modal)}, submissions ${rate(http.steadyRates.submitAck)}: a quarter of the slowest app's throughput flat out)`,
  http.steady,
);
printLoad(
  `### Flat out (${SCALE.concurrency} requests in flight; latency here is queueing, set by the CPU each request costs)`,
  http.saturated,
);
let sectionStarted = performance.now();
const advisor = advisorBenchmarkInOwnProcess(quick ? 1 : 3);
const advisorSeconds = (performance.now() - sectionStarted) / 1000;
out('## 2. The advisor (one core, a process of its own)');
out();
out(
  `- assess(): ${rate(advisor.assessPerSecond)} of CPU time (target ≥ 60,000/s: ${advisor.assessPerSecond >= 60_000 ? 'met' : 'missed'}); of wall time ${rate(advisor.assessPerWallSecond)}`,
);
out(
  `- assess() and every Block Kit message of the answer: ${rate(advisor.assessAndBlocksPerSecond)} of CPU time; of wall time ${rate(advisor.assessAndBlocksPerWallSecond)}`,
);
out();

sectionStarted = performance.now();
out('## 3. The scheduler');
out();
out('Claiming 50 due reminders (lease included), with 1,000 and with 100,000 not yet due in the table:');
out();
out('| Engine | pending | claim p50 | claim p99 | plan of the inner select |');
out('|---|---|---|---|---|');
const folder = mkdtempSync(join(tmpdir(), 'advisor-bench-db-'));
const engines: { name: string; target: Parameters<typeof claimBenchmark>[0] }[] = [
  { name: 'SQLite', target: { engine: 'sqlite', path: join(folder, 'claims.db') } },
];
if (await postgresReachable())
  engines.push({ name: 'PostgreSQL', target: { engine: 'postgres', url: POSTGRES_URL } });
else
  out(`PostgreSQL at ${POSTGRES_URL.replace(/\/\/[^@]*@/, '//')} is not reachable: its rows are left out.`);
for (const engine of engines) {
  const small = await claimBenchmark(engine.target, 1_000, quick ? 50 : 300);
  const large = await claimBenchmark(engine.target, quick ? 20_000 : 100_000, quick ? 50 : 300);
  for (const result of [small, large]) {
    out(
      `| ${engine.name} | ${result.pending.toLocaleString('en-US')} | ${ms(result.claim.p50)} | ${ms(result.claim.p99)} | ${result.plan} |`,
    );
  }
  out(
    `| ${engine.name} | ratio | ${ratio(large.claim.p50, small.claim.p50)} | ${ratio(large.claim.p99, small.claim.p99)} | |`,
  );
}
out();
const throughput = await deliveryBenchmark(
  join(folder, 'delivery.db'),
  quick ? 500 : 2_000,
  quick ? 500 : 2_000,
  1_100,
);
const paced = await deliveryBenchmark(join(folder, 'paced.db'), 60, 6, 1_100);
rmSync(folder, { recursive: true, force: true });
out(
  `- Delivery, one reminder per channel: ${throughput.reminders.toLocaleString('en-US')} reminders in ${ms(throughput.elapsedMs)}, ${rate(throughput.perSecond)} (SQLite, the Slack call answered at once).`,
);
out(
  `- Delivery with the per-channel limit: ${paced.reminders} reminders in ${paced.channels} channels took ${ms(paced.elapsedMs)}; the shortest gap between two posts to one channel was ${ms(paced.minChannelGapMs)} (limit: 1,100 ms).`,
);
out();

out('## 4. Memory (resident, the bot process)');
out();
out(
  `- idle after start: ${mb(http.memory.idle)} (target ≤ 90 MB: ${http.memory.idle <= 90 * 1024 * 1024 ? 'met' : 'missed'}); bare app B idle: ${mb(http.memory.bareIdle)}`,
);
out();
out(
  `Resident memory every ${(SCALE.memoryAssessments / 5).toLocaleString('en-US')} assessments: as run, to twice the ${SCALE.memoryAssessments.toLocaleString('en-US')} asked for (the bot that served the HTTP runs, V8 collecting garbage as it sees fit); and, to ${SCALE.memoryAssessments.toLocaleString('en-US')}, a second bot process started with NODE_OPTIONS=--max-old-space-size=${CAPPED_OLD_SPACE_MB}, where after reading resident memory the harness forces a full collection (through its inspector) and reads the live JavaScript heap:`,
);
out();
const { asRun, capped } = http.memory;
out(
  `| assessments | resident, as run | resident, old space capped at ${CAPPED_OLD_SPACE_MB} MB | live heap (capped bot, after a full collection) |`,
);
out('|---|---|---|---|');
const at = (series: typeof asRun, assessments: number) =>
  series.find((point) => point.assessments === assessments);
const counts = [...new Set([...asRun, ...capped].map((point) => point.assessments))].sort((a, b) => a - b);
for (const count of counts) {
  const run = at(asRun, count);
  const inCapped = at(capped, count);
  out(
    `| ${count.toLocaleString('en-US')} | ${run ? mb(run.resident) : '(during the HTTP runs)'} | ${inCapped ? mb(inCapped.resident) : '—'} | ${inCapped?.liveHeap === undefined ? '—' : mb(inCapped.liveHeap)} |`,
  );
}
out();
const warmUp = SCALE.memoryAssessments;
/** From one point of a series to another: the change, or why there is none to show. */
const change = (
  series: typeof asRun,
  from: number,
  to: number,
  read: (point: (typeof asRun)[number]) => number,
) => {
  const first = series.find((point) => point.assessments >= from);
  const last = at(series, to);
  return first && last
    ? `${signedMb(read(last) - read(first))} (from ${first.assessments.toLocaleString('en-US')})`
    : 'not measured';
};
const firstPoint = SCALE.memoryAssessments / 5;
out(
  `- after ${warmUp.toLocaleString('en-US')} assessments: resident ${mb(at(asRun, warmUp)?.resident ?? 0)} as run, ${mb(at(capped, warmUp)?.resident ?? 0)} with the cap; live heap ${mb(at(capped, warmUp)?.liveHeap ?? 0)}`,
);
out(
  `- while warming up (${firstPoint.toLocaleString('en-US')} to ${warmUp.toLocaleString('en-US')}): resident as run ${change(asRun, firstPoint, warmUp, (point) => point.resident)}, with the cap ${change(capped, firstPoint, warmUp, (point) => point.resident)}; live heap ${change(capped, firstPoint, warmUp, (point) => point.liveHeap ?? 0)}`,
);
// Resident memory moves by a few megabytes as V8 resizes its heap, so "no growth" is read within 5%.
const growth = (series: typeof asRun) => {
  const first = at(series, warmUp);
  const last = at(series, 2 * warmUp);
  if (!first || !last) return 'not measured';
  const grew = last.resident - first.resident;
  return `${signedMb(grew)} (${grew <= first.resident * 0.05 ? 'met' : 'missed'})`;
};
out(
  `- after the warm-up (${warmUp.toLocaleString('en-US')} to ${(2 * warmUp).toLocaleString('en-US')}; target: no growth, read as within 5%): resident as run ${growth(asRun)}`,
);
out();

const schedulerSeconds = (performance.now() - sectionStarted) / 1000;
sectionStarted = performance.now();
const startup = await startupBenchmark(quick ? 3 : 7);
const startupSeconds = (performance.now() - sectionStarted) / 1000;
const sortedStartup = [...startup].sort((a, b) => a - b);
const median = sortedStartup[Math.floor(sortedStartup.length / 2)] ?? 0;
out('## 5. Start-up');
out();
out(
  `- spawn to /healthz 200 on a fresh SQLite database: median ${ms(median)} over ${startup.length} runs (min ${ms(sortedStartup[0] ?? 0)}, max ${ms(sortedStartup.at(-1) ?? 0)}); target < 0.5 s: ${median < 500 ? 'met' : 'missed'}`,
);
out();
sectionStarted = performance.now();
for (const line of await burstSection(quick ? 100 : 400)) out(line);
const burstSeconds = (performance.now() - sectionStarted) / 1000;
sectionStarted = performance.now();
for (const line of await planSection(PLAN_SIZES)) out(line);
const planSeconds = (performance.now() - sectionStarted) / 1000;
const seconds = (value: number) => `${value.toFixed(0)} s`;
out(
  `Whole run: ${seconds((performance.now() - started) / 1000)} (requests ${seconds(http.seconds.requests)}, memory ${seconds(http.seconds.memory)}, advisor ${seconds(advisorSeconds)}, scheduler ${seconds(schedulerSeconds)}, start-up ${seconds(startupSeconds)}, burst ${seconds(burstSeconds)}, plan ${seconds(planSeconds)}).`,
);

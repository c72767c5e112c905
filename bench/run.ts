/**
 * `npm run bench`: the figures behind BENCHMARKS.md. Every figure that can be is set against a baseline
 * measured in the same run (a bare Bolt app; the same claim with 1,000 pending). `--quick` runs a smaller
 * load to check the harness; the figures worth quoting come from a full run.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { advisorBenchmarkInOwnProcess } from './advisor.js';
import { type Compared, httpBenchmarks, startupBenchmark } from './http-load.js';
import { claimBenchmark, deliveryBenchmark } from './scheduler.js';
import { mb, ms, rate, ratio } from './stats.js';

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

const http = await httpBenchmarks(
  quick
    ? { help: 300, modal: 200, submissions: 60, concurrency: 8, memoryAssessments: 1_000 }
    : { help: 3_000, modal: 1_500, submissions: 400, concurrency: 8, memoryAssessments: 10_000 },
);
out('## 1. Requests through the real HTTP endpoint (signed), against the local Slack stand-in');
out();
out(
  "Bare app A answers with one-word payloads; bare app B sends the bot's own payloads, built once at its start-up.",
);
out();
out(
  '| Request (target) | ours p50 | ours p99 | ours throughput | bare A p99 | p99 ratio to A | bare B p99 | p99 ratio to B |',
);
out('|---|---|---|---|---|---|---|---|');
row('`/aiteam help` (acknowledgement; ≤ 1.2x)', http.help, 1.2);
row('`/aiteam` (acknowledgement; ≤ 1.2x)', http.modal, 1.2);
row('submission (acknowledgement; ≤ 1.2x)', http.submitAck, 1.2);
row('submission → last threaded reply (≤ 1.3x)', http.submitToLastReply, 1.3);
out();
out(
  'Medians, for the cost per request without the scheduling noise of a shared machine (the targets are on p99):',
);
out();
out('| Request | ours p50 | bare A p50 | ratio to A | bare B p50 | ratio to B |');
out('|---|---|---|---|---|---|');
for (const [label, results] of [
  ['`/aiteam help` (acknowledgement)', http.help],
  ['`/aiteam` (acknowledgement)', http.modal],
  ['submission (acknowledgement)', http.submitAck],
  ['submission → last threaded reply', http.submitToLastReply],
] as const) {
  const { ours, bare, bareSame } = results;
  out(
    `| ${label} | ${ms(ours.p50)} | ${ms(bare.p50)} | ${ratio(ours.p50, bare.p50)} | ${ms(bareSame.p50)} | ${ratio(ours.p50, bareSame.p50)} |`,
  );
}
out();

const advisor = advisorBenchmarkInOwnProcess(quick ? 1 : 3);
out('## 2. The advisor (one core, a process of its own)');
out();
out(`- assess(): ${rate(advisor.assessPerSecond)}`);
out(
  `- assess() and every Block Kit message of the answer: ${rate(advisor.assessAndBlocksPerSecond)} (target ≥ 50,000/s: ${advisor.assessAndBlocksPerSecond >= 50_000 ? 'met' : 'missed'})`,
);
out();

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
  `- idle after start: ${mb(http.memory.idle)} (target ≤ 120 MB: ${http.memory.idle <= 120 * 1024 * 1024 ? 'met' : 'missed'})`,
);
out(
  `- after ${Math.floor(http.memory.assessments / 5).toLocaleString('en-US')} assessments (warm-up): ${mb(http.memory.afterWarmUp)}`,
);
out(
  `- after ${http.memory.assessments.toLocaleString('en-US')} assessments: ${mb(http.memory.after)} (growth after warm-up: ${mb(http.memory.after - http.memory.afterWarmUp)})`,
);
out();

const startup = await startupBenchmark(quick ? 3 : 7);
const sortedStartup = [...startup].sort((a, b) => a - b);
const median = sortedStartup[Math.floor(sortedStartup.length / 2)] ?? 0;
out('## 5. Start-up');
out();
out(
  `- spawn to /healthz 200 on a fresh SQLite database: median ${ms(median)} over ${startup.length} runs (min ${ms(sortedStartup[0] ?? 0)}, max ${ms(sortedStartup.at(-1) ?? 0)}); target < 1 s: ${median < 1000 ? 'met' : 'missed'}`,
);
out();
out(`Whole run: ${((performance.now() - started) / 1000).toFixed(0)} s.`);

import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppProcess {
  child: ChildProcess;
  port: number;
  url: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Starts a Node script as its own process and waits until /healthz answers 200. */
export async function startApp(script: string, env: Record<string, string>): Promise<AppProcess> {
  const cwd = mkdtempSync(join(tmpdir(), 'advisor-bench-'));
  const started = performance.now();
  // BENCH_PROFILE=DIR writes a CPU profile of each app process there (node --cpu-prof), to find hot spots.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  // The app's output goes to a file, not a pipe: draining a pipe would cost the harness (which also hosts the
  // Slack stand-in and measures the latencies) CPU for every log line, and bias the figures against the app
  // that logs. Operators send logs to a file or a collector, not back into the load generator.
  const output = join(cwd, 'output.log');
  const outputFd = openSync(output, 'w');
  const child = spawn(process.execPath, [...profile, script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', outputFd, outputFd],
  });
  closeSync(outputFd);
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });
  const port = await waitForPort(output, () => exited, script);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const readyMs = performance.now() - started;
  return {
    child,
    port,
    url,
    readyMs,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resident memory of a process, in bytes (Linux). */
export function residentBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return Number(kb ?? 0) * 1024;
}

/** Reads the app's output file until its start-up line names the port it listens on. */
async function waitForPort(
  output: string,
  exitCode: () => number | null | undefined,
  script: string,
): Promise<number> {
  for (;;) {
    const text = readFileSync(output, 'utf8');
    const line = text.split('\n').find((candidate) => candidate.includes('AI Team Advisor is running'));
    if (line) return JSON.parse(line).port as number;
    if (exitCode() !== undefined) throw new Error(`${script} exited with ${exitCode()}: ${text}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

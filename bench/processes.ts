import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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
  const child = spawn(process.execPath, [...profile, script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    let found = false;
    child.stdout?.on('data', (chunk) => {
      // Keep draining the pipe for the whole run, so a chatty process never blocks on a full buffer.
      if (found) return;
      buffer += String(chunk);
      const line = buffer.split('\n').find((candidate) => candidate.includes('AI Team Advisor is running'));
      if (line) {
        found = true;
        resolve(JSON.parse(line).port);
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr}`)));
  });
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

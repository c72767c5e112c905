import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';

export interface AppProcess {
  child: ChildProcess;
  /** The app's inspector (WebSocket URL), when started with `inspect`. */
  inspectorUrl?: string;
  port: number;
  url: string;
  /** The file the app's standard output and error go to (its log lines). */
  output: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Starts a Node script as its own process and waits until /healthz answers 200. */
export async function startApp(
  script: string,
  env: Record<string, string>,
  options: { inspect?: boolean } = {},
): Promise<AppProcess> {
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
  // The inspector lets the harness force a full garbage collection and read the live heap (memory section).
  const inspect = options.inspect ? ['--inspect=127.0.0.1:0'] : [];
  const child = spawn(process.execPath, [...profile, ...inspect, script], {
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
  const inspectorUrl = options.inspect
    ? /Debugger listening on (ws:\/\/\S+)/.exec(readFileSync(output, 'utf8'))?.[1]
    : undefined;
  return {
    child,
    inspectorUrl,
    port,
    url,
    output,
    readyMs,
    // The folder (the app's output and its SQLite database) goes with the app: runs leave no litter behind.
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => {
          rmSync(cwd, { recursive: true, force: true });
          resolve();
        });
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

/**
 * CPU time a process has used so far (user + system), in milliseconds (Linux; the kernel counts in ticks of
 * 10 ms, so read it across hundreds of requests, not one). `main`: its main thread only, the one event loop
 * every request goes through, whose time per request sets latency under load; otherwise all its threads
 * (V8's garbage-collection and compiler helpers, SQLite's thread, libuv's pool).
 */
export function cpuMilliseconds(pid: number | undefined, threads: 'all' | 'main' = 'all'): number {
  if (pid === undefined) return 0;
  const stat = readFileSync(
    threads === 'main' ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`,
    'utf8',
  );
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime: fields 14 and 15 of the line
  return ticks * 10; // USER_HZ is 100 on Linux
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

/**
 * The app's live JavaScript heap: a full garbage collection, then the bytes still in use (through its
 * inspector). Unlike resident memory, this does not include heap V8 keeps for later, so growth here is a leak.
 */
export async function liveHeapBytes(app: AppProcess): Promise<number> {
  if (!app.inspectorUrl) throw new Error('start the app with { inspect: true } to read its live heap');
  const socket = new WebSocket(app.inspectorUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 0;
  const call = (method: string) =>
    new Promise<Record<string, any>>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as {
          id?: number;
          result?: Record<string, any>;
          error?: unknown;
        };
        if (message.id !== id) return;
        socket.off('message', onMessage);
        if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else resolve(message.result ?? {});
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return Number(usage.usedSize);
  } finally {
    socket.close();
  }
}

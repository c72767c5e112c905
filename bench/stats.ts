/** Percentiles and throughput of a set of latencies (milliseconds). */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  perSecond: number;
}

export function summarize(latencies: number[], elapsedMs: number): Summary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    count: sorted.length,
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    perSecond: (sorted.length / elapsedMs) * 1000,
  };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const rate = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
export const ratio = (ours: number, baseline: number) => `${(ours / baseline).toFixed(2)}x`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const signedMb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;

/** Runs `task` `total` times with `concurrency` in flight; returns each run's latency and the wall time. */
export async function load(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<number>,
): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let index = next++; index < total; index = next++) latencies.push(await task(index));
    }),
  );
  return { latencies, elapsedMs: performance.now() - started };
}

/**
 * Starts `total` tasks at a steady rate, whether or not earlier ones have finished (an open loop, as users
 * arrive), and times each from when it was due to start, so a late start counts against the request rather
 * than hiding it. Each task gets the `performance.now()` it was due at and resolves to its latency.
 */
export async function atRate(
  total: number,
  perSecond: number,
  task: (dueAt: number) => Promise<number>,
): Promise<{ latencies: number[]; elapsedMs: number }> {
  const latencies: number[] = [];
  const running: Promise<void>[] = [];
  const interval = 1000 / perSecond;
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const dueAt = started + index * interval;
    const wait = dueAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    running.push(task(dueAt).then((latency) => void latencies.push(latency)));
  }
  await Promise.all(running);
  return { latencies, elapsedMs: performance.now() - started };
}

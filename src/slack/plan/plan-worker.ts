/**
 * The worker thread's entry: makes one plan (workerData, a PlanJob) and posts the result back, the PNG's
 * bytes moved rather than copied; then it has nothing left to do and ends. Bundled on its own into
 * dist/plan-worker.js (scripts/bundle.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type PlanJob, runPlanJob } from './plan-job.js';

try {
  const result = await runPlanJob(workerData as PlanJob);
  const png = result.picture && 'png' in result.picture ? result.picture.png : undefined;
  parentPort?.postMessage({ result }, png ? [png.buffer as ArrayBuffer] : []);
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}

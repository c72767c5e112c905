import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { PlanJob, PlanJobResult } from './plan-job.js';

/**
 * From how many teams a plan is made in a worker thread. Planning 500 teams took about 50 ms of the event
 * loop and 5,000 several seconds, with the picture and the messages after it: everyone else's
 * acknowledgements would wait that long. Below this a worker's start (tens of milliseconds) costs more than
 * the plan, and the plan is made in place.
 */
export const PLAN_WORKER_FROM = 200;

let workerUrl: URL | undefined;

/**
 * The worker's script: dist/plan-worker.js beside the bundled bot, or plan-worker.js beside this module as
 * tsc compiled it. Under vitest this module runs as TypeScript, which a worker cannot load: there it is the
 * one `npm run build` compiled into dist/ (test/global-setup.ts builds it first).
 */
function planWorkerUrl(): URL {
  if (!workerUrl) {
    const beside = new URL('./plan-worker.js', import.meta.url);
    workerUrl = existsSync(beside)
      ? beside
      : new URL('../../../dist/slack/plan/plan-worker.js', import.meta.url);
  }
  return workerUrl;
}

/**
 * Makes the plan in a worker thread of its own, started for this plan and ended with it: the event loop only
 * copies the answers over (strings, see StoredAnswers) and receives messages ready to post. One worker per
 * plan keeps nothing in memory between plans; the plan slots bound how many run at once.
 */
export function planInWorker(job: PlanJob): Promise<PlanJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(planWorkerUrl(), { workerData: job });
    let settled = false;
    worker.once('message', (reply: { result: PlanJobResult } | { error: string }) => {
      settled = true;
      if ('result' in reply) resolve(reply.result);
      else reject(new Error(`could not make the plan: ${reply.error}`));
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the plan's worker thread exited with code ${code} before answering`));
    });
  });
}

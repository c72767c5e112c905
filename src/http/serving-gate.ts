import type { IncomingMessage, ServerResponse } from 'node:http';

/** `starting`: not yet listening to Slack; `serving`: taking work; `draining`: finishing work, taking none. */
export type Phase = 'starting' | 'serving' | 'draining';

export const LIVENESS_PATH = '/healthz';
export const READINESS_PATH = '/readyz';

/** Seconds a refused client (Slack, a load balancer) is asked to wait before trying again. */
const RETRY_AFTER_SECONDS = '5';

/**
 * What answers before the Slack app sees a request: the two probes, and the refusal of new work while the
 * bot shuts down.
 *
 * - `GET|HEAD /healthz` (liveness): 200 while the process serves or drains. It checks nothing else, so a
 *   database outage never gets the process restarted; a restart would not bring the database back.
 * - `GET|HEAD /readyz` (readiness): 200 only while serving and the database answers; 503 with the reason
 *   otherwise, so a load balancer sends Slack's requests to another instance.
 * - While draining, every other request gets a quick 503 (with Retry-After), while the port stays open:
 *   Slack retries events, and a person sees an error at once instead of waiting on a stopping process.
 */
export class ServingGate {
  phase: Phase = 'starting';

  constructor(private readonly databaseProblem: () => Promise<string | undefined>) {}

  /** True when the gate answered the request; false when it is the app's to handle. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    const path = pathOf(request.url);
    const method = request.method ?? 'GET';
    const probe = method === 'GET' || method === 'HEAD';
    if (probe && path === LIVENESS_PATH) {
      const alive = this.phase !== 'starting';
      reply(request, response, alive ? 200 : 503, { status: alive ? 'ok' : 'starting' });
      return true;
    }
    if (probe && path === READINESS_PATH) {
      void this.readiness().then(
        (reason) =>
          reply(
            request,
            response,
            reason ? 503 : 200,
            reason ? { status: 'unavailable', reason } : { status: 'ready' },
          ),
        () => reply(request, response, 503, { status: 'unavailable', reason: 'readiness check failed' }),
      );
      return true;
    }
    if (this.phase === 'draining') {
      reply(request, response, 503, { status: 'unavailable', reason: 'shutting down' }, true);
      return true;
    }
    return false;
  }

  /** Undefined when ready; otherwise why not. */
  async readiness(): Promise<string | undefined> {
    if (this.phase === 'starting') return 'starting';
    if (this.phase === 'draining') return 'shutting down';
    const problem = await this.databaseProblem();
    // The phase may have changed while the database was checked.
    if (this.phase !== 'serving') return 'shutting down';
    return problem === undefined ? undefined : `database: ${problem}`;
  }
}

function reply(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: Record<string, string>,
  refused = false,
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...(status === 503 ? { 'retry-after': RETRY_AFTER_SECONDS } : {}),
    // A refused request's connection is not kept: the next one should reach an instance that is serving.
    ...(refused ? { connection: 'close' } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : text);
  // The body of a refused request is not read; let it go.
  if (refused) request.resume();
}

/**
 * The request's path. Every request passes here, so a plain path (what Slack and probes send) is cut at its
 * query by hand: parsing it as a URL cost about 0.05 ms a request. Anything else (an absolute URL, dots or
 * escapes to normalise) is parsed.
 */
function pathOf(url = '/'): string {
  if (/^\/[\w/-]*(?:\?|$)/.test(url)) {
    const query = url.indexOf('?');
    return query < 0 ? url : url.slice(0, query);
  }
  return new URL(url, 'http://localhost').pathname;
}

/**
 * A trigger id lives three seconds: a modal that has not opened by then never will. Calls that use one
 * (views.open, views.push) are bounded by that life instead of Node's five-minute HTTP timeouts, so the
 * person hears back while it still matters, and a hung call does not hold a place in the client's queue.
 */

/** How long to wait for views.open before telling the person; leaves time to answer within the trigger's life. */
export const TRIGGER_DEADLINE_MS = 2_500;
/** The trigger's own life: after it a view call cannot succeed, so its HTTP request is abandoned. */
const TRIGGER_LIFETIME_MS = 3_000;
const TRIGGER_METHODS = /\/(views\.open|views\.push)$/;

/** Thrown when a call that uses a trigger id has not finished by TRIGGER_DEADLINE_MS. */
export class TriggerDeadlineError extends Error {
  constructor() {
    super('timeout');
    this.name = 'TriggerDeadlineError';
  }
}

/** `call`, or a TriggerDeadlineError once the trigger's deadline has passed. */
export async function beforeTriggerExpires<T>(
  call: Promise<T>,
  deadlineMs = TRIGGER_DEADLINE_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TriggerDeadlineError()), deadlineMs);
  });
  try {
    return await Promise.race([call, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The Web API client's fetch, with an abort after the trigger's life on the calls that use one. Only those
 * calls get a timer: a timeout on every call costs CPU on each answer (see webClientOptions).
 */
export function triggerBoundFetch(fetchFn: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!TRIGGER_METHODS.test(url)) return fetchFn(input, init);
    const timeout = AbortSignal.timeout(TRIGGER_LIFETIME_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetchFn(input, { ...init, signal });
  };
}

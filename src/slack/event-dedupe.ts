import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Clock } from '../clock.js';
import type { EventLog } from '../storage/event-log.js';
import { setOutcome } from './services.js';

/**
 * Slack re-sends an event when it did not see the acknowledgement in time (X-Slack-Retry-Num). Bolt has
 * acknowledged it already; this makes sure the listeners run once per event id, across instances.
 */
export function eventDedupe(events: EventLog, clock: Clock): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, next } = args;
    const eventId = (body as { type?: string; event_id?: unknown }).event_id;
    if ((body as { type?: string }).type === 'event_callback' && typeof eventId === 'string') {
      if (!(await events.firstTime(eventId, clock.now().getTime()))) {
        setOutcome(context, 'duplicate');
        // Bolt leaves a workflow step's event (function_executed) for its listener to acknowledge: a retry
        // stopped here is acknowledged here, or Slack would hear no answer and send it yet again.
        await acknowledgeStepEvent(args);
        return;
      }
    }
    await next();
  };
}

async function acknowledgeStepEvent(args: Parameters<Middleware<AnyMiddlewareArgs>>[0]): Promise<void> {
  const ack = 'ack' in args ? (args.ack as (() => Promise<void>) | undefined) : undefined;
  await ack?.();
}

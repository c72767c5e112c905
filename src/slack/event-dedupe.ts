import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Clock } from '../clock.js';
import type { EventLog } from '../storage/event-log.js';
import { setOutcome } from './services.js';

/**
 * Slack re-sends an event when it did not see the acknowledgement in time (X-Slack-Retry-Num). Bolt has
 * acknowledged it already; this makes sure the listeners run once per event id, across instances.
 */
export function eventDedupe(events: EventLog, clock: Clock): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { type?: string; event_id?: unknown }).event_id;
    if ((body as { type?: string }).type === 'event_callback' && typeof eventId === 'string') {
      if (!(await events.firstTime(eventId, clock.now().getTime()))) {
        setOutcome(context, 'duplicate');
        return;
      }
    }
    await next();
  };
}

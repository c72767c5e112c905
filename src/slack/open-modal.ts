import type { Logger } from 'pino';
import { describeFailure } from './delivery/slack-error.js';
import { setOutcome } from './services.js';

/**
 * Opens a modal (call it right after ack(): a trigger id lives three seconds). If Slack refuses, most often
 * because the trigger expired, the request is marked failed and the failure logged with which modal it was;
 * the result is false so the caller can tell the person what to do from where they are.
 */
export async function openModal(
  request: { context: Record<string, unknown>; logger: Logger },
  what: string,
  open: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await open();
    return true;
  } catch (error) {
    setOutcome(request.context, 'failed');
    request.logger.warn({ method: 'views.open', ...describeFailure(error) }, `could not open ${what}`);
    return false;
  }
}

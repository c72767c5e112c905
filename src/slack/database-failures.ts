import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '../storage/unavailable.js';
import { type SupportLinks, withSupport } from './blocks/support.js';
import { setOutcome } from './services.js';

export const DATABASE_UNAVAILABLE_TEXT =
  "Sorry, that didn't work: my database isn't answering right now. Please try again in a minute.";

/**
 * A request that failed because the database could not do the work (unreachable, too slow, read-only, full,
 * its file gone) is answered, not dropped: acknowledged if it was not yet (so Slack does not show a timeout
 * after three seconds), and the person told, in the conversation where they asked (ephemeral, through the
 * request's response URL) or else by DM. The operator gets one log line with the reason. Events have nobody
 * to tell; they are logged.
 */
export function tellWhenDatabaseFails(
  logger: Logger,
  support: SupportLinks = {},
): Middleware<AnyMiddlewareArgs> {
  const text = databaseUnavailableText(support);
  const stepText = withSupport(DATABASE_UNAVAILABLE_TEXT, support, 'plain');
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      setOutcome(args.context, 'failed');
      logger.error({ reason: error.reason }, 'could not serve a request: the database is unavailable');
      const ack = 'ack' in args ? (args.ack as (() => Promise<void>) | undefined) : undefined;
      // Already acknowledged by the listener: Bolt refuses a second acknowledgement, which is fine.
      await ack?.().catch(() => {});
      // A workflow step's event has nobody to tell: the step fails with the same words, never left running.
      const stepEvent = (args.body as { event?: { type?: string } }).event?.type === 'function_executed';
      const fail =
        'fail' in args
          ? (args.fail as ((params: { error: string }) => Promise<unknown>) | undefined)
          : undefined;
      if (stepEvent && fail) {
        await fail({ error: stepText }).catch((failError) =>
          logger.error({ error: (failError as Error).message }, 'could not fail the workflow step either'),
        );
        return;
      }
      await tell(args, text).catch((tellError) =>
        logger.error({ error: (tellError as Error).message }, 'could not tell the person either'),
      );
    }
  };
}

/** The apology, and who to ask if it goes on. */
export function databaseUnavailableText(support: SupportLinks): string {
  return withSupport(DATABASE_UNAVAILABLE_TEXT, support);
}

async function tell(args: Parameters<Middleware<AnyMiddlewareArgs>>[0], text: string): Promise<void> {
  const respond = 'respond' in args ? args.respond : undefined;
  const body = args.body as { response_url?: string; user?: { id?: string }; user_id?: string };
  if (respond && body.response_url) {
    await respond({ response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  const userId = body.user?.id ?? body.user_id;
  if (userId) await args.client.chat.postMessage({ channel: userId, text });
}

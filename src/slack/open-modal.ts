import type { BlockAction, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { type SupportLinks, withSupport } from './blocks/support.js';
import { describeFailure } from './delivery/slack-error.js';
import { setOutcome } from './services.js';
import { beforeTriggerExpires } from './trigger-deadline.js';

/**
 * Opens a modal (call it right after ack(): a trigger id lives three seconds). If Slack refuses, most often
 * because the trigger expired, or has not answered by the trigger's deadline, the request is marked failed
 * and the failure logged with which modal it was; the result is false so the caller can tell the person what
 * to do from where they are, while that still helps.
 */
export async function openModal(
  request: { context: Record<string, unknown>; logger: Logger },
  what: string,
  open: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await beforeTriggerExpires(open());
    return true;
  } catch (error) {
    setOutcome(request.context, 'failed');
    request.logger.warn({ method: 'views.open', ...describeFailure(error) }, `could not open ${what}`);
    return false;
  }
}

/** A button press, with what Bolt gives a listener to answer the person who pressed it. */
export interface ButtonPress {
  body: BlockAction;
  client: webApi.WebClient;
  /** Absent for buttons on App Home: Slack sends those no response_url. */
  respond?: RespondFn;
  logger: Logger;
  /** Who to ask when pressing again does not help. */
  support?: SupportLinks;
}

/**
 * Opens a modal from a button and, if Slack refuses, tells the person who pressed it to press it again. A
 * button in a message answers in place, visible to them alone; App Home has no response_url, so there the
 * bot writes to them in its Messages tab. Never throws: a failure to apologise is logged.
 */
export async function openModalFromButton(
  press: ButtonPress & { context: Record<string, unknown> },
  modal: { what: string; button: string },
  open: () => Promise<unknown>,
): Promise<boolean> {
  const opened = await openModal(press, modal.what, open);
  if (!opened) {
    await tellPresser(
      press,
      withSupport(
        `Sorry, ${modal.what} did not open in time. Press *${modal.button}* again.`,
        press.support ?? {},
      ),
    );
  }
  return opened;
}

async function tellPresser({ body, client, respond, logger }: ButtonPress, text: string): Promise<void> {
  try {
    if (respond) await respond({ response_type: 'ephemeral', replace_original: false, text });
    else await client.chat.postMessage({ channel: body.user.id, text });
  } catch (error) {
    logger.warn(
      { method: respond ? 'response_url' : 'chat.postMessage', ...describeFailure(error) },
      'could not tell the person that a modal did not open',
    );
  }
}

import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { TeamProfile } from '../../advisor/index.js';
import type { SlackMessage } from '../blocks/limits.js';
import { cutOffMessage, notSavedMessage } from '../blocks/not-saved-message.js';
import type { SupportLinks } from '../blocks/support.js';
import { describeFailure } from '../delivery/slack-error.js';
import { encodeEditValue } from './edit-value.js';

/**
 * Tells the person their submission was not stored (`not_saved`) or not fully posted because the bot was
 * stopping (`cut_off`), and offers to try again with their answers kept: in the conversation they asked in,
 * visible only to them, or by DM when the bot cannot post there.
 */
export async function offerRetry(
  client: webApi.WebClient,
  request: { channelId: string; userId: string; profile: TeamProfile },
  logger: Logger,
  why: 'not_saved' | 'cut_off' = 'not_saved',
  support: SupportLinks = {},
): Promise<void> {
  const editValue = encodeEditValue({ channelId: request.channelId, profile: request.profile });
  const message: SlackMessage =
    why === 'not_saved' ? notSavedMessage(editValue, support) : cutOffMessage(editValue, support);
  try {
    await client.chat.postEphemeral({ channel: request.channelId, user: request.userId, ...message });
    return;
  } catch (error) {
    logger.warn(
      { channel: request.channelId, ...describeFailure(error) },
      'could not tell in the channel; trying a DM',
    );
  }
  await client.chat
    .postMessage({ channel: request.userId, ...message })
    .catch((error) =>
      logger.error({ user: request.userId, ...describeFailure(error) }, 'could not tell the user either'),
    );
}

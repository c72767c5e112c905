import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { TeamProfile } from '../../advisor/index.js';
import { notSavedMessage } from '../blocks/not-saved-message.js';
import { describeFailure } from '../delivery/slack-error.js';
import { encodeEditValue } from './edit-value.js';

/**
 * Tells the person their submission was not stored and offers to try again with their answers kept: in the
 * conversation they asked in, visible only to them, or by DM when the bot cannot post there.
 */
export async function offerRetry(
  client: webApi.WebClient,
  request: { channelId: string; userId: string; profile: TeamProfile },
  logger: Logger,
): Promise<void> {
  const message = notSavedMessage(
    encodeEditValue({ channelId: request.channelId, profile: request.profile }),
  );
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

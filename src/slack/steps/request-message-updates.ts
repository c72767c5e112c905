import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeFailure } from '../delivery/slack-error.js';
import { assessRequestDone } from './assess-request-message.js';

/** Where the step's request message is, and what it asked about. */
export interface RequestMessage {
  channel: string;
  ts: string;
  channelId: string;
  teamName: string | undefined;
}

/**
 * Replaces the request's buttons with what happened, so nobody answers a step that has ended. A message the
 * bot cannot update any more is left as it is (logged): the step has ended either way.
 */
export async function markRequestDone(
  botClient: webApi.WebClient,
  request: RequestMessage,
  how: Parameters<typeof assessRequestDone>[1],
  logger: Logger,
): Promise<void> {
  const message = assessRequestDone(request, how);
  try {
    await botClient.chat.update({
      channel: request.channel,
      ts: request.ts,
      text: message.text,
      blocks: message.blocks,
    });
  } catch (error) {
    logger.warn({ method: 'chat.update', ...describeFailure(error) }, 'could not mark the step request done');
  }
}

/** A person's name for the workflow's activity: their real name and id, or the id alone. */
export async function personName(botClient: webApi.WebClient, userId: string): Promise<string> {
  try {
    const { user } = await botClient.users.info({ user: userId });
    const name = user?.real_name || user?.profile?.real_name || user?.name;
    return name ? `${name} (${userId})` : `Person ${userId}`;
  } catch {
    return `Person ${userId}`;
  }
}

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { canPostCacheOf } from '../../questionnaire/can-post-cache.js';
import type { Services } from '../../services.js';

/**
 * Events after which "the bot can post there" may no longer hold: the bot (or anyone: the payload does not
 * always say who) left or was removed from a conversation, or it was archived.
 */
export const CONVERSATION_CHANGED_EVENTS = [
  'member_left_channel',
  'channel_left',
  'group_left',
  'channel_archive',
  'group_archive',
] as const;

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<(typeof CONVERSATION_CHANGED_EVENTS)[number]>;

/** Forgets what the questionnaire remembered about posting in the conversation (see CanPostCache). */
export function conversationChanged(services: Services) {
  const canPost = canPostCacheOf(services);
  return async ({ event, body, context }: Args): Promise<void> => {
    const workspaceId = context.teamId ?? body.team_id;
    if (workspaceId && typeof event.channel === 'string') canPost.forget(workspaceId, event.channel);
  };
}

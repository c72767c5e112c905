import type { webApi } from '@slack/bolt';
import { slackErrorCode } from '../delivery/slack-error.js';
import { channelsOf, isDirectMessage } from '../membership.js';
import type { CanPostCache } from './can-post-cache.js';

/**
 * Whether the bot can post an answer in a conversation, asked of Slack (conversations.info) while the
 * person is still filling in the form: a public channel it can join, or a conversation it is in. Slack
 * answers channel_not_found for a private channel, or a DM between people, that the bot is not in. Anything
 * else unknown: undefined, and the form says nothing rather than something wrong.
 */
export async function botCanPostIn(
  client: webApi.WebClient,
  channelId: string,
): Promise<boolean | undefined> {
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    if (!channel) return undefined;
    return channel.is_member === true || (channel.is_channel === true && channel.is_private !== true);
  } catch (error) {
    return slackErrorCode(error) === 'channel_not_found' ? false : undefined;
  }
}

/** botCanPostIn, answered from `cache` when Slack said yes a moment ago; a yes is remembered. */
async function botCanPostInCached(
  client: webApi.WebClient,
  where: { channelId: string; workspaceId?: string },
  cache: CanPostCache | undefined,
): Promise<boolean | undefined> {
  const { workspaceId, channelId } = where;
  if (!cache || workspaceId === undefined) return botCanPostIn(client, channelId);
  if (cache.canPost(workspaceId, channelId)) return true;
  const canPost = await botCanPostIn(client, channelId);
  if (canPost === true) cache.remember(workspaceId, channelId);
  return canPost;
}

/**
 * The word on the form when the bot cannot post where the answer should go, or the person may not. With a
 * cache (and the workspace), a recent "the bot can post there" is not asked again.
 */
export async function postingNotice(
  client: webApi.WebClient,
  where: { channelId: string; userId: string; pickedOnForm: boolean; workspaceId?: string },
  cache?: CanPostCache,
): Promise<string | undefined> {
  const [canPost, memberOf] = await Promise.all([
    botCanPostInCached(client, where, cache),
    where.pickedOnForm && !isDirectMessage(where.channelId)
      ? channelsOf(client, where.userId).catch(() => undefined)
      : undefined,
  ]);
  if (memberOf && !memberOf.has(where.channelId)) {
    return `You are not a member of <#${where.channelId}>, and I answer only in channels the person asking is in. Pick a channel you are in, or join that one first.`;
  }
  if (canPost === false) {
    return isDirectMessage(where.channelId)
      ? "I can't post in this conversation. Submit anyway and I'll send the answer to you by DM, or run `/aiteam` in a channel."
      : "I'm not in this private channel, so I can't post the answer there. Invite me first (`/invite @AI Team Advisor`), or submit anyway and I'll send it to you by DM.";
  }
  return undefined;
}

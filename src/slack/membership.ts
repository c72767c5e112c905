import type { webApi } from '@slack/bolt';
import type { AssessmentStore } from '../storage/assessment-store.js';

/** Conversations a user is in (public and private channels), for showing them only their own channels. */
export async function channelsOf(client: webApi.WebClient, userId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  // A few pages at most: someone in more than 5,000 channels sees the first 5,000.
  for (let page = 0; page < 5; page += 1) {
    const result = await client.users.conversations({
      user: userId,
      types: 'public_channel,private_channel',
      exclude_archived: false,
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    for (const channel of result.channels ?? []) if (channel.id) ids.add(channel.id);
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return ids;
}

/**
 * The workspace's public channels, archived ones included (conversations.list), so a channel the person is
 * not in can be told public or private. At most 20 pages of 1,000: a channel beyond them counts as private,
 * which shows less, never more.
 */
export async function publicChannelsOf(client: webApi.WebClient): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const result = await client.conversations.list({
      types: 'public_channel',
      exclude_archived: false,
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    for (const channel of result.channels ?? []) if (channel.id) ids.add(channel.id);
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return ids;
}

/** Slack's ids for direct messages (IMs) start with D. */
export function isDirectMessage(channelId: string): boolean {
  return channelId.startsWith('D');
}

/** A direct message is the user's own; a channel shows only if they are in it. */
export function visibleTo(channelId: string, memberOf: ReadonlySet<string>): boolean {
  return isDirectMessage(channelId) || memberOf.has(channelId);
}

/** Assessments read to find the person's own in a direct message. */
const DM_LOOKBACK = 100;

/**
 * Whether `userId` may have an answer posted in `channelId` on their word alone: a channel they are a member
 * of (as Slack lists them to the bot), or a direct message they assessed a team in (the plan shows a DM's
 * teams only to the person who assessed them). For a questionnaire opened away from its conversation, where
 * the button's channel may not be the submitter's to post in.
 */
export async function mayAnswerIn(
  client: webApi.WebClient,
  store: AssessmentStore,
  where: { workspaceId: string; channelId: string; userId: string },
): Promise<boolean> {
  if (isDirectMessage(where.channelId)) {
    const records = await store.channelHistory(where.workspaceId, where.channelId, DM_LOOKBACK);
    return records.some((record) => record.userId === where.userId);
  }
  return (await channelsOf(client, where.userId)).has(where.channelId);
}

import type { webApi } from '@slack/bolt';
import type { AssessmentStore } from '../storage/assessment-store.js';

/** The ids a paged conversations listing gives, at most `pages` pages of 1,000. */
async function pagedIds(
  list: (cursor: string | undefined) => Promise<{
    channels?: { id?: string }[];
    response_metadata?: { next_cursor?: string };
  }>,
  pages: number,
): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < pages; page += 1) {
    const result = await list(cursor);
    for (const channel of result.channels ?? []) if (channel.id) ids.add(channel.id);
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return ids;
}

/** Conversations a user is in (public and private channels), for showing them only their own channels. */
export function channelsOf(client: webApi.WebClient, userId: string): Promise<Set<string>> {
  // A few pages at most: someone in more than 5,000 channels sees the first 5,000.
  return pagedIds(
    (cursor) =>
      client.users.conversations({
        user: userId,
        types: 'public_channel,private_channel',
        exclude_archived: false,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      }),
    5,
  );
}

/**
 * The workspace's public channels, archived ones included (conversations.list), so a channel the person is
 * not in can be told public or private. At most 20 pages of 1,000: a channel beyond them counts as private,
 * which shows less, never more.
 */
export function publicChannelsOf(client: webApi.WebClient): Promise<Set<string>> {
  return pagedIds(
    (cursor) =>
      client.conversations.list({
        types: 'public_channel',
        exclude_archived: false,
        limit: 1000,
        ...(cursor ? { cursor } : {}),
      }),
    20,
  );
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

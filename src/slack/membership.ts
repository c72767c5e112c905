import type { webApi } from '@slack/bolt';

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

/** A direct message is the user's own; a channel shows only if they are in it. */
export function visibleTo(channelId: string, memberOf: ReadonlySet<string>): boolean {
  return channelId.startsWith('D') || memberOf.has(channelId);
}

import type { Logger } from 'pino';
import { letWaitingRequestsGoFirst } from '../acknowledgements-first.js';
import type { AnswerMessages } from '../blocks/answer-messages.js';
import type { SlackMessage } from '../blocks/limits.js';
import { isDirectMessage } from '../membership.js';
import type { Poster } from './posting-clients.js';
import { describeFailure, slackErrorCode } from './slack-error.js';

export interface PostedAnswer {
  channelId: string;
  ts: string;
  /** `channel`: where it was asked; `joined`: after joining the public channel; `dm`: sent to the user instead. */
  via: 'channel' | 'joined' | 'dm';
}

export interface PostAnswerRequest {
  channelId: string;
  userId: string;
  botUserId: string | undefined;
  /** Builds the messages; called again with a notice when the answer has to go by DM. */
  build: (notice?: string) => AnswerMessages;
}

/** Errors after which a DM to the asker is the way to keep the answer. */
const UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'restricted_action',
  'cannot_reply_to_message',
]);

/**
 * Posts the answer where it was asked, and its details in the thread. A public channel the bot is not in is
 * joined; a conversation it cannot post to (a private channel, a DM between people) gets the answer by DM to
 * the asker instead, with how to invite the bot. The answer is never dropped silently: if even the DM fails,
 * the error propagates to the caller, which tells the asker and logs it. Posts go through `poster`'s
 * per-channel pacing: a 429 holds only that channel's posts, for as long as Slack asked.
 */
export async function postAnswer(
  poster: Poster,
  request: PostAnswerRequest,
  logger: Logger,
): Promise<PostedAnswer> {
  const messages = request.build();
  const posted = await postParentInChannel(poster, request.channelId, messages.parent, logger);
  if (!posted) return postByDirectMessage(poster, request, logger);
  await postReplies(poster, request.channelId, posted.ts, messages.replies, logger);
  return { channelId: request.channelId, ...posted };
}

/** The parent in the channel, joining a public one first if need be; undefined when the channel is out of reach. */
async function postParentInChannel(
  poster: Poster,
  channel: string,
  parent: SlackMessage,
  logger: Logger,
): Promise<{ ts: string; via: 'channel' | 'joined' } | undefined> {
  let code: string | undefined;
  try {
    return { ts: await post(poster, channel, parent), via: 'channel' };
  } catch (error) {
    code = slackErrorCode(error);
    logger.warn(
      { channel, method: 'chat.postMessage', ...describeFailure(error) },
      'could not post the answer',
    );
    if (code === undefined || !UNREACHABLE.has(code)) throw error;
  }
  if (code !== 'not_in_channel' || !(await joinChannel(poster, channel, logger))) return undefined;
  try {
    return { ts: await post(poster, channel, parent), via: 'joined' };
  } catch (error) {
    logger.warn(
      { channel, method: 'chat.postMessage', ...describeFailure(error) },
      'could not post after joining',
    );
    if (!UNREACHABLE.has(slackErrorCode(error) ?? '')) throw error;
    return undefined;
  }
}

async function post(
  poster: Poster,
  channel: string,
  message: SlackMessage,
  threadTs?: string,
): Promise<string> {
  return (await postTo(poster, channel, message, threadTs)).ts;
}

/** Posts one message; `channel` may be a user id, which Slack turns into the bot's DM with that user. */
async function postTo(
  poster: Poster,
  channel: string,
  message: SlackMessage,
  threadTs?: string,
): Promise<{ channel: string; ts: string }> {
  await letWaitingRequestsGoFirst();
  const result = await poster.pacing.run(channel, () =>
    poster.client.chat.postMessage({
      channel,
      text: message.text,
      blocks: message.blocks,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      unfurl_links: false,
      unfurl_media: false,
    }),
  );
  if (!result.ts) throw new Error('chat.postMessage returned no ts');
  return { channel: result.channel ?? channel, ts: result.ts };
}

async function joinChannel(poster: Poster, channel: string, logger: Logger): Promise<boolean> {
  try {
    await poster.client.conversations.join({ channel });
    logger.info({ channel }, 'joined the public channel to post the answer');
    return true;
  } catch (error) {
    logger.warn(
      { channel, method: 'conversations.join', ...describeFailure(error) },
      'could not join the channel',
    );
    return false;
  }
}

/** Thrown when the parent was posted but some of its thread was not; the replies that could be posted were. */
export class IncompleteThreadError extends Error {
  constructor(
    readonly posted: number,
    readonly failed: number,
    readonly firstError: unknown,
  ) {
    super(`${failed} of ${posted + failed} threaded replies could not be posted`);
    this.name = 'IncompleteThreadError';
  }
}

async function postReplies(
  poster: Poster,
  channel: string,
  threadTs: string,
  replies: readonly SlackMessage[],
  logger: Logger,
): Promise<void> {
  // One at a time, in order: the thread reads top to bottom, and Slack allows about one message a second per
  // channel. A reply that fails does not stop the others.
  let failed = 0;
  let firstError: unknown;
  for (const reply of replies) {
    try {
      await post(poster, channel, reply, threadTs);
    } catch (error) {
      failed += 1;
      firstError ??= error;
      logger.error(
        { channel, method: 'chat.postMessage', thread: true, ...describeFailure(error) },
        'could not post a threaded reply',
      );
    }
  }
  if (failed > 0) throw new IncompleteThreadError(replies.length - failed, failed, firstError);
}

async function postByDirectMessage(
  poster: Poster,
  request: PostAnswerRequest,
  logger: Logger,
): Promise<PostedAnswer> {
  const bot = request.botUserId ? `<@${request.botUserId}>` : 'the app';
  const where = isDirectMessage(request.channelId)
    ? 'that conversation: it is a direct message I am not part of'
    : `<#${request.channelId}>: I am not a member`;
  const notice =
    `:information_source: I couldn't post in ${where}. Here is your answer instead. ` +
    (isDirectMessage(request.channelId)
      ? ''
      : `To get answers there, invite me with \`/invite ${bot}\`, then press *Edit answers* and submit again.`);
  const messages = request.build(notice.trim());
  const { channel: dm, ts } = await postTo(poster, request.userId, messages.parent);
  await postReplies(poster, dm, ts, messages.replies, logger);
  logger.info({ channel: request.channelId, dm }, 'sent the answer by DM');
  return { channelId: dm, ts, via: 'dm' };
}

import type { Logger } from 'pino';
import type { PostedMessages } from '../../storage/assessment-store.js';
import { letWaitingRequestsGoFirst } from '../acknowledgements-first.js';
import type { AnswerMessages } from '../blocks/answer-messages.js';
import type { SlackMessage } from '../blocks/limits.js';
import { isDirectMessage } from '../membership.js';
import type { Poster } from './posting-clients.js';
import { describeFailure, slackErrorCode } from './slack-error.js';

export interface PostedAnswer {
  channelId: string;
  ts: string;
  /**
   * `channel`: where it was asked; `joined`: after joining the public channel; `dm`: sent to the user instead;
   * `updated`: the answer's earlier messages were updated in place.
   */
  via: 'channel' | 'joined' | 'dm' | 'updated';
  /** With `via: 'dm'`: Slack's reason the channel did not take the answer (not_in_channel, is_archived...). */
  unreachable?: string;
  /** The thread replies that are in Slack now, in order (a reply that could not be posted is missing). */
  replies: string[];
}

export interface PostAnswerRequest {
  channelId: string;
  userId: string;
  botUserId: string | undefined;
  /** Builds the messages; called again with a notice when the answer has to go by DM. */
  build: (notice?: string) => AnswerMessages;
  /**
   * The answer's earlier messages (editing or re-assessing the team): updated in place, with `buildUpdate`'s
   * messages. A new parent is posted only when they are gone or too old to edit (see GONE).
   */
  replace?: { messages: PostedMessages; buildUpdate: () => AnswerMessages };
  /**
   * `false`: a channel that will not take the answer is an {@link UnreachableChannelError}, and nobody gets it
   * by DM. For a workflow step: the people who gave the answers did not ask for it this time.
   */
  directMessageInstead?: false;
}

/** The channel would not take the answer (and no DM was wanted instead): `code` is Slack's reason. */
export class UnreachableChannelError extends Error {
  constructor(
    readonly channelId: string,
    readonly code: string,
  ) {
    super(`the answer could not be posted in ${channelId} (${code})`);
    this.name = 'UnreachableChannelError';
  }
}

/** chat.update errors that mean the old message cannot be updated: it is deleted, too old, or out of reach. */
const GONE = new Set([
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
]);

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
  if (request.replace) {
    const updated = await updateAnswer(
      poster,
      request.replace.messages,
      request.replace.buildUpdate(),
      logger,
    );
    if (updated) return updated;
  }
  const messages = request.build();
  const posted = await postParentInChannel(poster, request.channelId, messages.parent, logger);
  if ('unreachable' in posted) {
    if (request.directMessageInstead === false) {
      throw new UnreachableChannelError(request.channelId, posted.unreachable);
    }
    return postByDirectMessage(poster, request, posted.unreachable, logger);
  }
  const answer: PostedAnswer = { channelId: request.channelId, ...posted, replies: [] };
  await postReplies(poster, answer, messages.replies, logger);
  return answer;
}

/**
 * Updates an answer's messages in place: the parent, then each reply in order. A thread that grew gets the
 * missing replies posted at its end; one that shrank loses its extra replies (chat.delete). A reply someone
 * deleted is posted again. Returns undefined, having changed nothing, when the parent cannot be updated (gone,
 * too old, or the bot is out of the conversation): the caller posts anew. A reply that fails otherwise does
 * not stop the others; IncompleteThreadError then says what is in Slack now.
 */
async function updateAnswer(
  poster: Poster,
  old: PostedMessages,
  messages: AnswerMessages,
  logger: Logger,
): Promise<PostedAnswer | undefined> {
  const channel = old.channelId;
  try {
    await update(poster, channel, old.ts, messages.parent);
  } catch (error) {
    logger.warn(
      { channel, method: 'chat.update', ...describeFailure(error) },
      'could not update the answer in place',
    );
    if (GONE.has(slackErrorCode(error) ?? '')) return undefined;
    throw error;
  }
  const answer: PostedAnswer = { channelId: channel, ts: old.ts, via: 'updated', replies: [] };
  let failed = 0;
  let firstError: unknown;
  const fail = (error: unknown, method: string) => {
    failed += 1;
    firstError ??= error;
    logger.error(
      { channel, method, thread: true, ...describeFailure(error) },
      'could not update a threaded reply',
    );
  };
  for (const [index, reply] of messages.replies.entries()) {
    const ts = old.replies[index];
    try {
      if (ts !== undefined) {
        try {
          await update(poster, channel, ts, reply);
          answer.replies.push(ts);
          continue;
        } catch (error) {
          if (!GONE.has(slackErrorCode(error) ?? '')) {
            // Still in Slack, with the old text: kept, so the next edit updates it.
            answer.replies.push(ts);
            throw error;
          }
        }
      }
      answer.replies.push(await post(poster, channel, reply, old.ts));
    } catch (error) {
      fail(error, ts === undefined ? 'chat.postMessage' : 'chat.update');
    }
  }
  for (const ts of old.replies.slice(messages.replies.length)) {
    try {
      await remove(poster, channel, ts);
    } catch (error) {
      if (slackErrorCode(error) === 'message_not_found') continue;
      answer.replies.push(ts);
      fail(error, 'chat.delete');
    }
  }
  if (failed > 0) {
    throw new IncompleteThreadError(messages.replies.length - failed, failed, firstError, answer);
  }
  return answer;
}

async function update(poster: Poster, channel: string, ts: string, message: SlackMessage): Promise<void> {
  await letWaitingRequestsGoFirst();
  await poster.pacing.run(channel, () =>
    poster.client.chat.update({ channel, ts, text: message.text, blocks: message.blocks }),
  );
}

async function remove(poster: Poster, channel: string, ts: string): Promise<void> {
  await letWaitingRequestsGoFirst();
  await poster.pacing.run(channel, () => poster.client.chat.delete({ channel, ts }));
}

/**
 * The parent in the channel, joining a public one first if need be; `unreachable` (Slack's reason) when the
 * channel is out of reach.
 */
async function postParentInChannel(
  poster: Poster,
  channel: string,
  parent: SlackMessage,
  logger: Logger,
): Promise<{ ts: string; via: 'channel' | 'joined' } | { unreachable: string }> {
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
  if (code !== 'not_in_channel' || !(await joinChannel(poster, channel, logger)))
    return { unreachable: code };
  try {
    return { ts: await post(poster, channel, parent), via: 'joined' };
  } catch (error) {
    logger.warn(
      { channel, method: 'chat.postMessage', ...describeFailure(error) },
      'could not post after joining',
    );
    const after = slackErrorCode(error);
    if (after === undefined || !UNREACHABLE.has(after)) throw error;
    return { unreachable: after };
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

/**
 * Thrown when the parent was posted (or updated) but some of its thread was not; the replies that could be
 * posted were. `answer` is what is in Slack now, to remember for the next edit.
 */
export class IncompleteThreadError extends Error {
  constructor(
    readonly posted: number,
    readonly failed: number,
    readonly firstError: unknown,
    readonly answer: PostedAnswer,
  ) {
    super(`${failed} of ${posted + failed} threaded replies could not be posted`);
    this.name = 'IncompleteThreadError';
  }
}

/** Posts the replies in `answer`'s thread, adding each one posted to `answer.replies`. */
async function postReplies(
  poster: Poster,
  answer: PostedAnswer,
  replies: readonly SlackMessage[],
  logger: Logger,
): Promise<void> {
  // One at a time, in order: the thread reads top to bottom, and Slack allows about one message a second per
  // channel. A reply that fails does not stop the others.
  const channel = answer.channelId;
  let failed = 0;
  let firstError: unknown;
  for (const reply of replies) {
    try {
      answer.replies.push(await post(poster, channel, reply, answer.ts));
    } catch (error) {
      failed += 1;
      firstError ??= error;
      logger.error(
        { channel, method: 'chat.postMessage', thread: true, ...describeFailure(error) },
        'could not post a threaded reply',
      );
    }
  }
  if (failed > 0) throw new IncompleteThreadError(replies.length - failed, failed, firstError, answer);
}

async function postByDirectMessage(
  poster: Poster,
  request: PostAnswerRequest,
  unreachable: string,
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
  const answer: PostedAnswer = { channelId: dm, ts, via: 'dm', unreachable, replies: [] };
  await postReplies(poster, answer, messages.replies, logger);
  logger.info({ channel: request.channelId, dm }, 'sent the answer by DM');
  return answer;
}

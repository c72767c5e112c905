import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { capitalise } from '../../advisor/index.js';
import { ANSWER_TEXT_START } from '../blocks/answer-messages.js';
import { describeFailure, slackErrorCode } from '../delivery/slack-error.js';
import { channelsOf, isDirectMessage } from '../membership.js';

/**
 * Why a step cannot go on, in words for whoever reads the workflow's activity: the step fails with them.
 * Workflow Builder shows an error as plain text, so channels and people are named by id, not as links.
 */
export class StepRefusal extends Error {
  /** `tryAgain`: the words ask for the workflow to be run again, so who to ask if it goes on follows them. */
  constructor(
    readonly words: string,
    readonly options: { tryAgain?: boolean } = {},
  ) {
    super(words);
    this.name = 'StepRefusal';
  }
}

/** What Slack says when the bot may not read or post in a channel: the step cannot work there. */
const NO_ACCESS = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'missing_scope']);

/**
 * Messages read to find the latest answer: Slack's most a call for apps distributed but not in the
 * Marketplace (15), although steps run only in single-workspace installs, which that limit does not cover.
 * The answer's stored place, when the channel's latest assessment has one, is used before any scan.
 */
export const HISTORY_LOOKBACK = 15;

export function channelWords(channelId: string): string {
  return `channel ${channelId}`;
}

/** A step works for a team's channel, never for a direct message (nobody else could see the answer). */
export function refuseDirectMessage(channelId: string): void {
  if (isDirectMessage(channelId)) {
    throw new StepRefusal(
      "Pick the team's channel for this step, not a direct message: the answer is posted where the team can see it.",
    );
  }
}

/**
 * Reads the channel with the bot token (the answer it posts and its history outlive the workflow token),
 * and gives a link to the bot's latest answer there, if its message is still in the recent history.
 * A channel the bot may not read (not a member, private, archived, gone, a scope missing) is a StepRefusal
 * naming the fix; any other failure to read gives no link.
 */
export async function latestAnswerLink(
  botClient: webApi.WebClient,
  channelId: string,
  botUserId: string | undefined,
  logger: Logger,
  stored?: { channelId: string; ts: string },
): Promise<string | undefined> {
  let messages: { ts?: string; user?: string; text?: string }[];
  try {
    const history = await botClient.conversations.history({ channel: channelId, limit: HISTORY_LOOKBACK });
    messages = history.messages ?? [];
  } catch (error) {
    const code = slackErrorCode(error);
    if (code !== undefined && NO_ACCESS.has(code)) throw new StepRefusal(channelRefusalText(channelId, code));
    // Anything else (Slack briefly unwell) costs only the link: the answer itself is in the database.
    logger.warn(
      { channel: channelId, method: 'conversations.history', ...describeFailure(error) },
      'could not read the channel for the latest answer',
    );
    return undefined;
  }
  // Where the latest answer was posted, when it is known and in this channel: no scan needed.
  if (stored?.channelId === channelId) return permalinkOf(botClient, stored);
  // Newest first; the parent of an answer (its thread replies begin otherwise).
  const answer = messages.find(
    (message) =>
      (botUserId === undefined || message.user === botUserId) && message.text?.startsWith(ANSWER_TEXT_START),
  );
  return answer?.ts ? permalinkOf(botClient, { channelId, ts: answer.ts }) : undefined;
}

/**
 * Why the bot cannot read or post in a channel, by Slack's error code, and what fixes it: inviting the app
 * helps only where it is not a member.
 */
export function channelRefusalText(channelId: string, code: string): string {
  const where = channelWords(channelId);
  const invite = 'Invite it there with /invite @AI Team Advisor, then run the workflow again.';
  switch (code) {
    case 'not_in_channel':
      return `AI Team Advisor is not a member of ${where}, so it cannot read or post there. ${invite}`;
    case 'channel_not_found':
      return `AI Team Advisor cannot see ${where}: it is private and the app is not in it, or it no longer exists. ${invite}`;
    case 'is_archived':
      return `${capitalise(where)} is archived, so AI Team Advisor cannot post there. Pick an active channel.`;
    case 'restricted_action':
      return `${capitalise(where)} lets only some people post (a channel or workspace setting), and AI Team Advisor is not one of them. Let the app post there, or pick another channel, then run the workflow again.`;
    case 'missing_scope':
      return `AI Team Advisor is not allowed to read ${where} (missing_scope). Reinstall the app from its manifest, then run the workflow again.`;
    default:
      return `Slack did not let AI Team Advisor post in ${where} (${code}). Check the channel, then run the workflow again.`;
  }
}

/**
 * The channel would not take the step's answer (`unreachable`: Slack's reason), so it went by DM to the person
 * who gave it: what happened first, then why and what fixes it.
 */
export function postedByDmText(channelId: string, userId: string, unreachable: string): string {
  return `The answer of person ${userId} could not be posted in ${channelWords(channelId)}, so it went to them by direct message. ${channelRefusalText(channelId, unreachable)}`;
}

/**
 * An archived channel can still be read, so reading it does not show that nothing can be posted there; asked
 * before anyone is asked to answer for it. Any failure to ask leaves it to the post (logged).
 */
export async function refuseArchived(
  botClient: webApi.WebClient,
  channelId: string,
  logger: Logger,
): Promise<void> {
  let archived: boolean | undefined;
  try {
    archived = (await botClient.conversations.info({ channel: channelId })).channel?.is_archived;
  } catch (error) {
    logger.warn(
      { channel: channelId, method: 'conversations.info', ...describeFailure(error) },
      'could not tell whether the channel is archived',
    );
    return;
  }
  if (archived) throw new StepRefusal(channelRefusalText(channelId, 'is_archived'));
}

/** The person may answer for the channel's team only if they are in the channel (they will see the answer). */
export async function requireMember(
  botClient: webApi.WebClient,
  channelId: string,
  userId: string,
): Promise<void> {
  let member: boolean;
  try {
    member = (await channelsOf(botClient, userId)).has(channelId);
  } catch (error) {
    const code = slackErrorCode(error);
    throw new StepRefusal(
      `Slack did not say whether person ${userId} is in ${channelWords(channelId)}${code ? ` (${code})` : ''}. Please run the workflow again in a minute.`,
      { tryAgain: true },
    );
  }
  if (!member) {
    throw new StepRefusal(
      `Person ${userId} is not a member of ${channelWords(channelId)}, so they cannot answer for its team. Pick someone in the channel, or add them to it, then run the workflow again.`,
    );
  }
}

/** A link to a message the bot posted; undefined when Slack gives none (the other outputs stand without it). */
export async function permalinkOf(
  botClient: webApi.WebClient,
  posted: { channelId: string; ts: string },
): Promise<string | undefined> {
  try {
    const { permalink } = await botClient.chat.getPermalink({
      channel: posted.channelId,
      message_ts: posted.ts,
    });
    return permalink;
  } catch {
    return undefined;
  }
}

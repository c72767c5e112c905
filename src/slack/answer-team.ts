import type { Context, ViewSubmitAction, webApi } from '@slack/bolt';
import {
  type Assessment,
  assess,
  compareSummaries,
  type Playbook,
  summarize,
  type TeamProfile,
} from '../advisor/index.js';
import { type AnswerMessages, answerMessages, type SinceLast } from './blocks/answer-messages.js';
import { IncompleteThreadError, type PostedAnswer, postAnswer } from './delivery/post-answer.js';
import { PostingClients } from './delivery/posting-clients.js';
import { describeFailure } from './delivery/slack-error.js';
import { encodeEditValue } from './questionnaire/edit-value.js';
import type { Services } from './services.js';

export interface AnswerRequest {
  workspaceId: string;
  enterpriseId?: string | null;
  channelId: string;
  userId: string;
  botUserId: string | undefined;
  profile: TeamProfile;
  /** The channel chose to show this team in the company plan to people outside it. */
  sharedWithPlan?: boolean;
  /**
   * The form was opened from an answer (Edit answers, Re-assess): the team it was for, and whether the person
   * asked for a new message. Unless they did, that team's latest answer in the channel is updated in place.
   */
  edits?: { teamName: string | undefined; postAsNew: boolean };
}

/** What a questionnaire's submission asks to answer: the submitter's team, in their workspace, in `channelId`. */
export function submittedRequest(
  body: ViewSubmitAction,
  context: Context,
  channelId: string,
  profile: TeamProfile,
): AnswerRequest {
  return {
    workspaceId: body.team?.id ?? body.user.team_id ?? body.view.team_id,
    enterpriseId: body.enterprise?.id ?? null,
    channelId,
    userId: body.user.id,
    botUserId: context.botUserId,
    profile,
  };
}

/** The answer could not be stored, so nothing was posted; the person's answers are still in the request. */
export class NotStoredError extends Error {
  constructor(cause: unknown) {
    super('the answer could not be stored', { cause });
    this.name = 'NotStoredError';
  }
}

/**
 * Assess, keep the record, then post: an answer that fails to post is still stored. A re-assessment (the
 * same team, in the same channel) says what changed since the last one. An edit updates the team's latest
 * answer in place (its parent and thread), unless the person asked for a new message, the answer went by DM
 * instead of to the channel, or Slack no longer lets the bot edit it: then a new parent is posted.
 */
export async function answerTeam(
  client: webApi.WebClient,
  request: AnswerRequest,
  services: Services,
): Promise<PostedAnswer> {
  const assessment = assess(request.profile, services.playbook);
  const summary = summarize(assessment);
  let previous: Awaited<ReturnType<typeof services.store.latestForTeam>>;
  let saved: Awaited<ReturnType<typeof services.store.save>>;
  try {
    // An edit compares with the answer it was opened from, even when it renames the team.
    previous = await services.store.latestForTeam(
      request.workspaceId,
      request.channelId,
      request.edits ? request.edits.teamName : request.profile.name,
    );
    saved = await services.store.save({
      workspaceId: request.workspaceId,
      enterpriseId: request.enterpriseId ?? null,
      channelId: request.channelId,
      userId: request.userId,
      teamName: request.profile.name,
      stage: request.profile.stage,
      createdAt: services.clock.now(),
      profile: request.profile,
      summary,
      sharedWithPlan: request.sharedWithPlan ?? false,
    });
  } catch (error) {
    throw new NotStoredError(error);
  }
  const sinceLast: SinceLast | undefined = previous && {
    at: previous.createdAt,
    changes: compareSummaries(previous, { stage: request.profile.stage, summary }),
  };
  // The answer is posted by a client of its own, paced per channel: a rate-limited channel holds neither
  // other channels nor anyone's interactive calls.
  const poster = (services.posting ?? new PostingClients(undefined, services.logger)).like(client);
  const old = previous?.messages;
  const inPlace =
    request.edits && !request.edits.postAsNew && old && old.channelId === request.channelId ? old : undefined;
  const updatedAt = services.clock.now();
  const remember = (posted: PostedAnswer) =>
    services.store
      .recordMessages(request.workspaceId, saved.id, {
        channelId: posted.channelId,
        ts: posted.ts,
        replies: posted.replies,
      })
      .catch((error) =>
        // The answer is posted and stored; only the next edit will post anew instead of updating it.
        services.logger.warn(
          { channel: request.channelId, ...describeFailure(error) },
          'could not remember where the answer was posted',
        ),
      );
  try {
    const posted = await postAnswer(
      poster,
      {
        channelId: request.channelId,
        userId: request.userId,
        botUserId: request.botUserId,
        build: (notice) => buildAnswer(assessment, request, services.playbook, { notice, sinceLast }),
        ...(inPlace && sinceLast
          ? {
              replace: {
                messages: inPlace,
                buildUpdate: () =>
                  buildAnswer(assessment, request, services.playbook, {
                    sinceLast: { ...sinceLast, updatedAt },
                  }),
              },
            }
          : {}),
      },
      services.logger,
    );
    await remember(posted);
    return posted;
  } catch (error) {
    if (error instanceof IncompleteThreadError) await remember(error.answer);
    throw error;
  }
}

/**
 * The messages the bot posts for one answer. `ai-team-advisor advise --format slack` prints what this returns,
 * so the CLI's preview is the bot's payload by construction.
 */
export function buildAnswer(
  assessment: Assessment,
  request: Pick<AnswerRequest, 'channelId' | 'userId' | 'profile' | 'sharedWithPlan'>,
  playbook: Playbook,
  extra: { notice?: string; sinceLast?: SinceLast } = {},
): AnswerMessages {
  return answerMessages(assessment, {
    userId: request.userId,
    editValue: encodeEditValue({
      channelId: request.channelId,
      profile: request.profile,
      ...(request.sharedWithPlan ? { shared: true as const } : {}),
    }),
    channelId: request.channelId,
    notice: extra.notice,
    sinceLast: extra.sinceLast,
    playbook,
  });
}

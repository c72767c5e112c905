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
import { type PostedAnswer, postAnswer } from './delivery/post-answer.js';
import { PostingClients } from './delivery/posting-clients.js';
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
 * same team, in the same channel) says what changed since the last one.
 */
export async function answerTeam(
  client: webApi.WebClient,
  request: AnswerRequest,
  services: Services,
): Promise<PostedAnswer> {
  const assessment = assess(request.profile, services.playbook);
  const summary = summarize(assessment);
  let previous: Awaited<ReturnType<typeof services.store.latestForTeam>>;
  try {
    previous = await services.store.latestForTeam(
      request.workspaceId,
      request.channelId,
      request.profile.name,
    );
    await services.store.save({
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
  return postAnswer(
    poster,
    {
      channelId: request.channelId,
      userId: request.userId,
      botUserId: request.botUserId,
      build: (notice) => buildAnswer(assessment, request, services.playbook, { notice, sinceLast }),
    },
    services.logger,
  );
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

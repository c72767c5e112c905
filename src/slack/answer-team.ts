import type { webApi } from '@slack/bolt';
import { type Assessment, assess, type TeamProfile } from '../advisor/index.js';
import type { AssessmentSummary } from '../storage/assessment-store.js';
import { answerMessages } from './blocks/answer-messages.js';
import { type PostedAnswer, postAnswer } from './delivery/post-answer.js';
import { encodeEditValue } from './questionnaire/edit-value.js';
import type { Services } from './services.js';

export interface AnswerRequest {
  workspaceId: string;
  channelId: string;
  userId: string;
  botUserId: string | undefined;
  profile: TeamProfile;
}

/** Assess, keep the record, then post: an answer that fails to post is still stored. */
export async function answerTeam(
  client: webApi.WebClient,
  request: AnswerRequest,
  services: Services,
): Promise<PostedAnswer> {
  const assessment = assess(request.profile, services.playbook);
  await services.store.save({
    workspaceId: request.workspaceId,
    channelId: request.channelId,
    userId: request.userId,
    teamName: request.profile.name,
    stage: request.profile.stage,
    createdAt: services.clock.now(),
    profile: request.profile,
    summary: summarize(assessment),
  });
  return postAnswer(
    client,
    {
      channelId: request.channelId,
      userId: request.userId,
      botUserId: request.botUserId,
      build: (notice) =>
        answerMessages(assessment, {
          userId: request.userId,
          editValue: encodeEditValue({ channelId: request.channelId, profile: request.profile }),
          notice,
        }),
    },
    services.logger,
  );
}

export function summarize(assessment: Assessment): AssessmentSummary {
  return {
    headcount: assessment.headcount.total,
    band: assessment.stage.band.label,
    position: assessment.headcount.position,
    stallPoints: assessment.stallPoints.map(({ id, title, severity }) => ({ id, title, severity })),
    gaps: assessment.grid
      .filter((row) => row.status === 'gap' || row.status === 'short')
      .map((row) => row.role),
  };
}

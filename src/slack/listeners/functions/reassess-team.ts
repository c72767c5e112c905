import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { assess } from '../../../advisor/index.js';
import { buildAnswer } from '../../answer-team.js';
import { postAnswer, UnreachableChannelError } from '../../delivery/post-answer.js';
import { PostingClients } from '../../delivery/posting-clients.js';
import { type Services, setOutcome } from '../../services.js';
import { assessmentOutputs } from '../../steps/assessment-outputs.js';
import {
  channelRefusalText,
  channelWords,
  latestAnswerLink,
  permalinkOf,
  StepRefusal,
} from '../../steps/step-access.js';
import { botClientFor, failStep } from '../../steps/step-failure.js';
import { STEP_INPUTS } from '../../steps/step-ids.js';
import { channelInput, flagInput } from '../../steps/step-inputs.js';
import { StepRun } from '../../steps/step-run.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'function_executed'>;

export function noAnswerText(channelId: string): string {
  return `No AI team assessment is stored for ${channelWords(channelId)}: it was never assessed there, or its assessments were deleted. Run /aiteam in that channel first, then run the workflow again.`;
}

/**
 * "Re-assess from the latest answers": the channel's latest stored answers read with today's playbook,
 * completed at once with the answer's outputs; with "Post the answer" on, the answer is posted in the channel
 * as `/aiteam` posts it (by the bot token: the message outlives the workflow).
 */
export function reassessTeam(services: Services) {
  return async ({ inputs, complete, fail, context, event, body }: Args): Promise<void> => {
    const { logger, playbook, store } = services;
    const botClient = botClientFor(services, context);
    const run = new StepRun(event.function_execution_id, { complete, fail }, botClient, logger);
    try {
      const channelId = channelInput(inputs);
      const workspaceId = context.teamId ?? body.team_id;
      const [latest] = await store.channelHistory(workspaceId, channelId, 1);
      if (!latest) throw new StepRefusal(noAnswerText(channelId));
      // Reading the channel is also the check that the bot may work there.
      let link = await latestAnswerLink(botClient, channelId, context.botUserId, logger, latest.messages);
      let kept: string | undefined;
      const assessment = assess(latest.profile, playbook);
      if (flagInput(inputs, STEP_INPUTS.postAnswer)) {
        const poster = (services.posting ?? new PostingClients(undefined, logger)).like(botClient);
        const request = { channelId, userId: latest.userId, profile: latest.profile };
        const posted = await postAnswer(
          poster,
          {
            channelId,
            userId: latest.userId,
            botUserId: context.botUserId,
            build: (notice) => buildAnswer(assessment, request, playbook, { notice }),
            // Nobody asked for this answer by DM: whoever gave the answers may have done so long ago.
            directMessageInstead: false,
          },
          logger,
        ).catch((error: unknown) => {
          if (error instanceof UnreachableChannelError) {
            throw new StepRefusal(channelRefusalText(channelId, error.code));
          }
          throw error;
        });
        link = await permalinkOf(botClient, posted);
        kept = `The answer is posted in ${channelWords(channelId)} and stays there.`;
      }
      await run.complete(assessmentOutputs(assessment, link), kept);
    } catch (error) {
      setOutcome(context, 'failed');
      await failStep(run, error, logger, services.support);
    }
  };
}

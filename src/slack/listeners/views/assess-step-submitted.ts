import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { assess } from '../../../advisor/index.js';
import { answerTeam, NotStoredError, submittedRequest } from '../../answer-team.js';
import { FIELD_BLOCKS } from '../../blocks/questionnaire-view.js';
import { IncompleteThreadError } from '../../delivery/post-answer.js';
import { describeFailure } from '../../delivery/slack-error.js';
import { offerRetry } from '../../questionnaire/offer-retry.js';
import { readAnswers, type StateValues } from '../../questionnaire/submission.js';
import { type Services, setOutcome } from '../../services.js';
import { assessmentOutputs } from '../../steps/assessment-outputs.js';
import { markRequestDone } from '../../steps/request-message-updates.js';
import { channelWords, permalinkOf, postedByDmText, StepRefusal } from '../../steps/step-access.js';
import { botClientFor, failStep } from '../../steps/step-failure.js';
import { decodeStepMetadata } from '../../steps/step-questionnaire.js';
import { StepRun } from '../../steps/step-run.js';

type Args = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

export const STEP_FORM_EXPIRED_TEXT =
  'This form is no longer connected to its workflow. Close it and press *Answer the questionnaire* on the request again.';

/**
 * The step's questionnaire submitted: checked as `/aiteam`'s is (problems go back to their fields), then
 * assessed, stored and posted in the team's channel as `/aiteam` does, with the bot token, and the step
 * completed with the answer's outputs. Whatever fails on the way fails the step with words, never leaving it
 * running; an answer that could not be stored is offered to the person to try again.
 */
export function assessStepSubmitted(services: Services) {
  return async ({ ack, body, view, client, context }: Args): Promise<void> => {
    const { logger, playbook } = services;
    const metadata = decodeStepMetadata(view.private_metadata);
    const { profile, errors } = readAnswers(view.state.values as unknown as StateValues);
    if (!metadata) {
      setOutcome(context, 'invalid_input');
      await ack({ response_action: 'errors', errors: { [FIELD_BLOCKS.stage]: STEP_FORM_EXPIRED_TEXT } });
      return;
    }
    if (!profile) {
      setOutcome(context, 'invalid_input');
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const botClient = botClientFor(services, context);
    // Slack sends the submission with the step's execution and a workflow token when it has them.
    const executionId = (context.functionExecutionId as string | undefined) ?? metadata.executionId;
    const workflowClient = context.functionBotAccessToken ? client : undefined;
    const run = StepRun.withClient(executionId, workflowClient, botClient, logger);
    const { channelId } = metadata;
    const userId = body.user.id;
    try {
      const posted = await answerTeam(
        botClient,
        submittedRequest(body, context, channelId, profile),
        services,
      );
      if (posted.via === 'dm')
        throw new StepRefusal(postedByDmText(channelId, userId, posted.unreachable ?? 'not_in_channel'));
      const link = await permalinkOf(botClient, posted);
      const ended = await run.complete(
        assessmentOutputs(assess(profile, playbook), link),
        `The answer of person ${userId} is posted in ${channelWords(channelId)} and stored in its history.`,
      );
      // Failed here means the answer is posted but the workflow did not take it: either way it is answered.
      if ((ended === 'completed' || ended === 'failed') && metadata.request) {
        const request = { ...metadata.request, channelId, teamName: metadata.teamName };
        await markRequestDone(botClient, request, { answered: true }, logger);
      } else if (ended === 'ended_already') {
        setOutcome(context, 'refused');
        await botClient.chat
          .postMessage({
            channel: userId,
            text: `Your assessment is posted in <#${channelId}>, but its workflow step had already ended, so the workflow did not get it.`,
          })
          .catch((error) => logger.error({ ...describeFailure(error) }, 'could not tell the person'));
      }
    } catch (error) {
      setOutcome(context, 'failed');
      if (error instanceof NotStoredError) {
        logger.error({ ...describeFailure(error.cause) }, 'could not store a workflow step answer');
        await offerRetry(botClient, { channelId, userId, profile }, logger, 'not_saved', services.support);
      }
      await failStep(run, stepFailure(error, channelId, userId), logger, services.support);
    }
  };
}

/** The words for the failures answering can end in; anything else is failStep's to word. */
function stepFailure(error: unknown, channelId: string, userId: string): unknown {
  if (error instanceof NotStoredError) {
    return new StepRefusal(
      `AI Team Advisor could not store the answer of person ${userId}, so nothing was posted in ${channelWords(channelId)}. They were offered to try again; run the workflow again in a minute.`,
      { tryAgain: true },
    );
  }
  if (error instanceof IncompleteThreadError) {
    return new StepRefusal(
      `The answer is posted in ${channelWords(channelId)}, but part of its thread could not be. Press Edit answers on it and submit again, then run the workflow again.`,
      { tryAgain: true },
    );
  }
  return error;
}

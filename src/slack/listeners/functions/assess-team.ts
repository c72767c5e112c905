import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { slackErrorCode } from '../../delivery/slack-error.js';
import { type Services, setOutcome } from '../../services.js';
import { assessRequestMessage } from '../../steps/assess-request-message.js';
import { latestAnswerLink, refuseArchived, requireMember, StepRefusal } from '../../steps/step-access.js';
import { botClientFor, failStep } from '../../steps/step-failure.js';
import { STEP_INPUTS } from '../../steps/step-ids.js';
import { channelInput, optionalText, personInput } from '../../steps/step-inputs.js';
import { StepRun } from '../../steps/step-run.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'function_executed'>;

/** The workflow token may have expired by the time the message is sent (Slack sends these). */
const TOKEN_ERRORS = new Set(['token_expired', 'invalid_auth', 'token_revoked']);

/**
 * "Assess an AI team": checks that the bot can work in the channel and that the person can see it, then
 * sends them the request with "Answer the questionnaire" and "Skip". The step stays running: it ends when
 * they submit (views/assess-step-submitted.ts) or skip (actions/assess-step-buttons.ts), or when the
 * workflow ends it. The request is posted with the workflow token, so its clicks carry the step's execution.
 */
export function assessTeam(services: Services) {
  return async ({ inputs, complete, fail, client, context, event }: Args): Promise<void> => {
    const { logger } = services;
    const botClient = botClientFor(services, context);
    const run = new StepRun(event.function_execution_id, { complete, fail }, botClient, logger);
    try {
      const channelId = channelInput(inputs);
      const userId = personInput(inputs, 'the person to ask');
      await latestAnswerLink(botClient, channelId, context.botUserId, logger);
      await refuseArchived(botClient, channelId, logger);
      await requireMember(botClient, channelId, userId);
      const message = assessRequestMessage({
        channelId,
        teamName: optionalText(inputs, STEP_INPUTS.teamName),
      });
      try {
        await client.chat.postMessage({ channel: userId, text: message.text, blocks: message.blocks });
      } catch (error) {
        const code = slackErrorCode(error);
        throw new StepRefusal(
          TOKEN_ERRORS.has(code ?? '')
            ? `The workflow's token for this step had expired before AI Team Advisor could message person ${userId} (${code}). Run the workflow again.`
            : `Slack did not let AI Team Advisor message person ${userId}${code ? ` (${code})` : ''}. Check that they can receive messages from apps, then run the workflow again.`,
          { tryAgain: true },
        );
      }
      logger.info(
        { execution: run.executionId, channel: channelId, user: userId },
        'asked for an assessment',
      );
    } catch (error) {
      setOutcome(context, 'failed');
      await failStep(run, error, logger, services.support);
    }
  };
}

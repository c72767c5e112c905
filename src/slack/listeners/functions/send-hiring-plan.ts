import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { countNoun } from '../../../advisor/index.js';
import { DatabaseUnavailableError } from '../../../storage/unavailable.js';
import { slackErrorCode } from '../../delivery/slack-error.js';
import { planServicesOf } from '../../plan/plan-services.js';
import { PlanCutShortError, sendPlan } from '../../plan/send-plan.js';
import { type Services, setOutcome } from '../../services.js';
import { StepRefusal } from '../../steps/step-access.js';
import { botClientFor, failStep } from '../../steps/step-failure.js';
import { personInput } from '../../steps/step-inputs.js';
import { StepRun } from '../../steps/step-run.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'function_executed'>;

/**
 * "Send the hiring plan": the plan of the teams the person may see, by DM, exactly as `/aiteam plan` sends
 * it (the same code, so the same visibility rules), then its totals and headline for the next steps. It is
 * sent with the bot token: the plan's messages and their Re-assess buttons outlive the workflow token.
 */
export function sendHiringPlan(services: Services) {
  const planServices = planServicesOf(services);
  return async ({ inputs, complete, fail, context, event, body }: Args): Promise<void> => {
    const { logger } = services;
    const botClient = botClientFor(services, context);
    const run = new StepRun(event.function_execution_id, { complete, fail }, botClient, logger);
    let end: (() => void) | undefined;
    try {
      const userId = personInput(inputs, 'the person to send the plan to');
      const workspaceId = context.teamId ?? body.team_id;
      // One plan per person at a time, however it was asked for (two would interleave in one DM).
      const underway = planServices.underway.begin(workspaceId, userId);
      if ('refused' in underway) {
        throw new StepRefusal(
          `A hiring plan is already on its way to person ${userId}, so this step did not send another. Run the workflow again once it has arrived.`,
          { tryAgain: true },
        );
      }
      end = underway.end;
      let sent: Awaited<ReturnType<typeof sendPlan>>;
      try {
        sent = await sendPlan(
          botClient,
          { workspaceId, userId, enterpriseId: context.enterpriseId ?? null },
          planServices,
        );
      } catch (error) {
        if (error instanceof DatabaseUnavailableError) throw error;
        throw new StepRefusal(notSentText(userId, error), { tryAgain: true });
      }
      logger.info({ teams: sent.teams, messages: sent.messages }, 'sent the hiring plan for a workflow');
      await run.complete(
        sent.outputs,
        `The hiring plan reached person ${userId} by direct message and stays there.`,
      );
    } catch (error) {
      setOutcome(context, 'failed');
      await failStep(run, error, logger, services.support);
    } finally {
      end?.();
    }
  };
}

export function notSentText(userId: string, error: unknown): string {
  if (error instanceof PlanCutShortError) {
    return `The hiring plan was cut short: ${error.sent} of its ${countNoun(error.of, 'message')} reached person ${userId}. Run the workflow again to send it whole.`;
  }
  const code = slackErrorCode(error);
  return `Slack did not take the hiring plan for person ${userId}${code ? ` (${code})` : ''}. Run the workflow again in a minute.`;
}

import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '../../storage/unavailable.js';
import { DATABASE_UNAVAILABLE_TEXT } from '../database-failures.js';
import { describeFailure, slackErrorCode } from '../delivery/slack-error.js';
import type { Services } from '../services.js';
import { StepRefusal } from './step-access.js';
import type { StepRun } from './step-run.js';

/**
 * The client for the bot token of the request (Bolt's authorisation puts it in the context), for what
 * outlives the workflow token. Steps run in single-workspace installs only, so there always is one.
 */
export function botClientFor(services: Services, context: { botToken?: string }): webApi.WebClient {
  if (!context.botToken || !services.botClient) throw new Error('no bot token for this request');
  return services.botClient(context.botToken);
}

/** Any failure of a step's work ends the step with words for the workflow: never a step left running. */
export async function failStep(run: StepRun, error: unknown, logger: Logger): Promise<void> {
  if (error instanceof StepRefusal) {
    await run.fail(error.words);
    return;
  }
  if (error instanceof DatabaseUnavailableError) {
    logger.error({ reason: error.reason }, 'could not run a workflow step: the database is unavailable');
    await run.fail(DATABASE_UNAVAILABLE_TEXT);
    return;
  }
  logger.error({ execution: run.executionId, ...describeFailure(error) }, 'a workflow step failed');
  const code = slackErrorCode(error);
  await run.fail(
    `Something went wrong in AI Team Advisor${code ? ` (Slack said ${code})` : ''}, so this step did not finish. Please run the workflow again in a minute.`,
  );
}

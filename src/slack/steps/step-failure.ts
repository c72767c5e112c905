import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '../../storage/unavailable.js';
import { type SupportLinks, withSupport } from '../blocks/support.js';
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

/**
 * Any failure of a step's work ends the step with words for the workflow: never a step left running. Words
 * that ask for another try name who to ask if it goes on (plain text: a step's error shows no links).
 */
export async function failStep(
  run: StepRun,
  error: unknown,
  logger: Logger,
  support: SupportLinks = {},
): Promise<void> {
  if (error instanceof StepRefusal) {
    await run.fail(error.options.tryAgain ? withSupport(error.words, support, 'plain') : error.words);
    return;
  }
  if (error instanceof DatabaseUnavailableError) {
    logger.error({ reason: error.reason }, 'could not run a workflow step: the database is unavailable');
    await run.fail(withSupport(DATABASE_UNAVAILABLE_TEXT, support, 'plain'));
    return;
  }
  logger.error({ execution: run.executionId, ...describeFailure(error) }, 'a workflow step failed');
  const code = slackErrorCode(error);
  await run.fail(
    withSupport(
      `Something went wrong in AI Team Advisor${code ? ` (Slack said ${code})` : ''}, so this step did not finish. Please run the workflow again in a minute.`,
      support,
      'plain',
    ),
  );
}

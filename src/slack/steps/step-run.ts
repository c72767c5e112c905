import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { describeFailure, slackErrorCode } from '../delivery/slack-error.js';

type Outputs = Record<string, unknown>;

/** How a request to end the step went. */
export type StepEnd =
  /** Slack took the outputs (or the error): the workflow moves on. */
  | 'completed'
  | 'failed'
  /** The step had ended already (completed, skipped, or ended by the workflow): nothing to do. */
  | 'ended_already'
  /** Slack took neither; logged. */
  | 'not_ended';

/** What ends the step with the workflow token: Bolt's complete/fail, or the request's own client. */
export interface WorkflowEnders {
  complete(params: { outputs: Outputs }): Promise<unknown>;
  fail(params: { error: string }): Promise<unknown>;
}

/** The workflow token is used up or refused. */
const TOKEN_ERRORS = new Set([
  'token_expired',
  'invalid_auth',
  'token_revoked',
  'not_authed',
  'account_inactive',
]);
/** The execution is over already, or gone: ending it again is neither possible nor needed. */
const ENDED = new Set(['execution_not_in_running_state', 'function_execution_not_found']);

export const OUTPUTS_REFUSED_TEXT =
  'AI Team Advisor worked out the answer, but Slack refused to hand it to the next steps. Please tell whoever runs the app; its log says why.';

/**
 * The step's end when its workflow token had expired (or was refused) by the time its outputs were ready:
 * what happened, what was kept (`kept`: the work that outlives the run, done with the bot token), and what to do.
 */
export function tokenExpiredText(kept?: string): string {
  return [
    'This step ran past the time Slack gives a workflow step: its workflow token had expired, so Slack no longer took its outputs for the next steps.',
    kept ?? 'Nothing was lost.',
    'Run the workflow again to hand the outputs on.',
  ].join(' ');
}

/**
 * One run of a workflow step, ended exactly once from wherever the work finishes: the event, a button on the
 * step's message, or the questionnaire's submit.
 *
 * The workflow token belongs to the run: only it completes the step with outputs. When it has expired (or was
 * refused) by then, the step is not completed with the bot token behind the workflow's back; it fails with
 * {@link tokenExpiredText}, saying what was kept, so the workflow neither hangs "In progress" nor hands on
 * outputs from a run Slack had already timed out. Work that outlives the run (the posted answer, the history,
 * reminders, the plan's DMs) is done with the bot token before the step ends, and stays.
 *
 * Ending with an error falls back to the bot token when the workflow token cannot. Slack's method pages list
 * bot tokens for these methods, with no scope ("Bot tokens: No scope required",
 * api.slack.com/methods/functions.completeSuccess; "No scopes required",
 * docs.slack.dev/reference/methods/functions.completeError), and refuse a caller only with access_denied
 * ("This actor does not have access to this function execution"); the bot of the app whose step it is has
 * that access (our reading: the pages name no narrower rule). That fallback keeps an expired token from
 * leaving the step running; were it refused too, the refusal is logged as Slack not taking the end.
 *
 * Never throws: every outcome is logged and returned.
 */
export class StepRun {
  constructor(
    readonly executionId: string,
    private readonly workflow: WorkflowEnders | undefined,
    private readonly botClient: webApi.WebClient,
    private readonly logger: Logger,
  ) {}

  /** A run ended with a client's own calls (a view submission: Bolt gives views no complete or fail). */
  static withClient(
    executionId: string,
    workflowClient: webApi.WebClient | undefined,
    botClient: webApi.WebClient,
    logger: Logger,
  ): StepRun {
    const workflow = workflowClient && {
      complete: ({ outputs }: { outputs: Outputs }) =>
        workflowClient.functions.completeSuccess({ function_execution_id: executionId, outputs }),
      fail: ({ error }: { error: string }) =>
        workflowClient.functions.completeError({ function_execution_id: executionId, error }),
    };
    return new StepRun(executionId, workflow, botClient, logger);
  }

  /**
   * Completes the step with its outputs, with the workflow token only. `kept` says what of the run stays
   * should the token have expired (then the step fails with words, and 'failed' is returned).
   */
  async complete(outputs: Outputs, kept?: string): Promise<StepEnd> {
    const method = 'functions.completeSuccess';
    let code: string;
    try {
      const call = this.workflow?.complete({ outputs });
      if (!call) {
        code = 'no_workflow_token';
      } else {
        await call;
        return 'completed';
      }
    } catch (error) {
      code = slackErrorCode(error) ?? '';
      if (!TOKEN_ERRORS.has(code)) {
        if (this.refused(method, error) === 'ended_already') return 'ended_already';
        // Slack refused the outputs (or did not answer): the step must not stay "In progress" for it.
        return this.fail(OUTPUTS_REFUSED_TEXT);
      }
    }
    this.logger.warn(
      { execution: this.executionId, method, code },
      'the workflow token could not complete the step; failing it with the bot token, saying what was kept',
    );
    const ended = await this.withBotToken('functions.completeError', tokenExpiredText(kept));
    return ended === 'done' ? 'failed' : ended;
  }

  async fail(error: string): Promise<StepEnd> {
    const method = 'functions.completeError';
    this.logger.info({ execution: this.executionId, reason: error }, 'failing the workflow step');
    let code: string;
    try {
      const call = this.workflow?.fail({ error });
      if (!call) {
        code = 'no_workflow_token';
      } else {
        await call;
        return 'failed';
      }
    } catch (failure) {
      code = slackErrorCode(failure) ?? '';
      if (!TOKEN_ERRORS.has(code)) return this.refused(method, failure);
    }
    this.logger.warn(
      { execution: this.executionId, method, code },
      'the workflow token could not end the step; ending it with the bot token',
    );
    const ended = await this.withBotToken(method, error);
    return ended === 'done' ? 'failed' : ended;
  }

  /** functions.completeError with the bot token: the way to end a run whose workflow token is gone. */
  private async withBotToken(method: string, error: string): Promise<'done' | 'ended_already' | 'not_ended'> {
    try {
      await this.botClient.functions.completeError({ function_execution_id: this.executionId, error });
      return 'done';
    } catch (failure) {
      return this.refused(method, failure);
    }
  }

  private refused(method: string, error: unknown): 'ended_already' | 'not_ended' {
    if (ENDED.has(slackErrorCode(error) ?? '')) {
      this.logger.info(
        { execution: this.executionId, method, ...describeFailure(error) },
        'the workflow step had already ended',
      );
      return 'ended_already';
    }
    this.logger.error(
      { execution: this.executionId, method, ...describeFailure(error) },
      'Slack did not take the end of the workflow step',
    );
    return 'not_ended';
  }
}

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

/** The workflow token is used up or refused: the bot token can still end the step. */
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
 * One run of a workflow step, ended exactly once from wherever the work finishes: the event, a button on the
 * step's message, or the questionnaire's submit. It is ended with the workflow token first, as Slack
 * intends; a workflow token that expired or was refused gives way to the bot token, so an expired token never
 * leaves the step "In progress". Never throws: every outcome is logged and returned.
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

  async complete(outputs: Outputs): Promise<StepEnd> {
    const ended = await this.end(
      'functions.completeSuccess',
      () => this.workflow?.complete({ outputs }),
      () => this.botClient.functions.completeSuccess({ function_execution_id: this.executionId, outputs }),
    );
    if (ended !== 'not_ended') return ended === 'done' ? 'completed' : ended;
    // Slack refused the outputs (or did not answer): the step must not stay "In progress" for it.
    return this.fail(OUTPUTS_REFUSED_TEXT);
  }

  async fail(error: string): Promise<StepEnd> {
    this.logger.info({ execution: this.executionId, reason: error }, 'failing the workflow step');
    const ended = await this.end(
      'functions.completeError',
      () => this.workflow?.fail({ error }),
      () => this.botClient.functions.completeError({ function_execution_id: this.executionId, error }),
    );
    return ended === 'done' ? 'failed' : ended;
  }

  private async end(
    method: string,
    withWorkflowToken: () => Promise<unknown> | undefined,
    withBotToken: () => Promise<unknown>,
  ): Promise<'done' | 'ended_already' | 'not_ended'> {
    let code: string | undefined;
    try {
      const call = withWorkflowToken();
      if (call) {
        await call;
        return 'done';
      }
      code = 'no_workflow_token';
    } catch (error) {
      code = slackErrorCode(error);
      if (code === undefined || !TOKEN_ERRORS.has(code)) return this.refused(method, error);
    }
    this.logger.warn(
      { execution: this.executionId, method, code },
      'the workflow token could not end the step; ending it with the bot token',
    );
    try {
      await withBotToken();
      return 'done';
    } catch (error) {
      return this.refused(method, error);
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

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TeamProfile } from '../../src/advisor/index.js';
import { eventually } from '../helpers/eventually.js';
import { HEALTHY, team } from '../helpers/teams.js';
import type { HttpResult } from './driver.js';
import { type BotHarness, startBot } from './harness.js';
import { fakePicture } from './plan-fixtures.js';
import type { DeclaredStep, StepExecution } from './stand-in.js';

export type ManifestSteps = Record<string, DeclaredStep & { title: string; description: string }>;

/** A manifest's `functions`: the steps it declares. */
export function manifestSteps(file: 'manifest.json' | 'manifest.http.json'): ManifestSteps {
  return JSON.parse(readFileSync(new URL(`../../manifests/${file}`, import.meta.url), 'utf8')).functions;
}

/** The steps as the HTTP manifest declares them: events are built from it, completions checked against it. */
export const MANIFEST_STEPS = manifestSteps('manifest.http.json');

/** A team ready for the next stage: staffed as production asks, at the pilot stage, heading on. */
export const READY_TEAM: TeamProfile = team({
  ...(HEALTHY.production as object),
  stage: 'pilot',
  headingToNext: true,
});
/** A pilot of three with nobody in the AI engineer's seat. */
export const NO_AI_ENGINEER: TeamProfile = team({
  name: 'Search',
  stage: 'pilot',
  roles: { backend: 2, ai_pm: 1 },
});

let sequence = 0;

/**
 * The real bot against a stand-in that knows the manifest's steps, with the team channel C0TEAM (members:
 * `members`); the plan's picture drawn instantly.
 */
export async function startStepBot(options: {
  socketMode?: boolean;
  members: string[];
}): Promise<BotHarness> {
  const bot = await startBot({ socketMode: options.socketMode, renderPlanPicture: fakePicture });
  bot.standIn.declareSteps(MANIFEST_STEPS);
  bot.standIn.addChannel('C0TEAM', 'public', { members: options.members });
  return bot;
}

/** Stores a team's answers in a channel, as `/aiteam` would have. */
let lastSavedAt = 0;
/**
 * Now, but after the answer stored before: two answers saved within one millisecond would tie on their time,
 * and "the latest" between them would be a coin toss (ids are random), which no real channel sees.
 */
function nextSaveTime(): Date {
  lastSavedAt = Math.max(Date.now(), lastSavedAt + 1);
  return new Date(lastSavedAt);
}

export async function storedAnswer(
  bot: Pick<BotHarness, 'standIn' | 'store'>,
  channelId: string,
  profile: TeamProfile,
  userId = 'U0ASKER',
): Promise<void> {
  await bot.store.save({
    workspaceId: bot.standIn.workspaceId,
    channelId,
    userId,
    teamName: profile.name,
    stage: profile.stage,
    createdAt: nextSaveTime(),
    profile,
    summary: { headcount: 0, band: '', position: 'within', stallPoints: [], gaps: [], covered: [] },
  });
}

export interface StepStart {
  executionId: string;
  /** The workflow token Slack put in the event. */
  token: string;
  eventId: string;
  body: Record<string, unknown>;
}

/**
 * The Events API body Slack sends when a workflow reaches one of the app's steps, read from the manifest,
 * with a running execution and its workflow token in the stand-in.
 */
export function stepEvent(
  bot: Pick<BotHarness, 'standIn'>,
  callbackId: string,
  inputs: Record<string, unknown>,
  options: { tokenLifetimeMs?: number; steps?: ManifestSteps } = {},
): StepStart {
  sequence += 1;
  const executionId = `Fx0STEP${sequence}`;
  const token = bot.standIn.startExecution(executionId, callbackId, { lifetimeMs: options.tokenLifetimeMs });
  const step = (options.steps ?? MANIFEST_STEPS)[callbackId];
  if (!step) throw new Error(`the manifest has no step ${callbackId}`);
  const eventId = `Ev0STEP${sequence}`;
  const body = {
    token: 'legacy-verification-token',
    team_id: bot.standIn.workspaceId,
    api_app_id: 'A0ADVISOR',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'function_executed',
      function: {
        id: `Fn0${callbackId}`,
        callback_id: callbackId,
        title: step.title,
        description: step.description,
        type: 'app',
        // The function's definition, as Slack sends it: a list of the declared parameters.
        input_parameters: parameterList(step.input_parameters),
        output_parameters: parameterList(step.output_parameters),
        app_id: 'A0ADVISOR',
        date_created: 0,
        date_updated: 0,
        date_deleted: 0,
      },
      inputs,
      function_execution_id: executionId,
      workflow_execution_id: `Wx0STEP${sequence}`,
      event_ts: `${Date.now() / 1000}`,
      bot_access_token: token,
    },
    authorizations: [
      {
        team_id: bot.standIn.workspaceId,
        enterprise_id: null,
        user_id: bot.standIn.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
  };
  return { executionId, token, eventId, body };
}

function parameterList(declared: DeclaredStep['input_parameters']) {
  return Object.entries(declared?.properties ?? {}).map(([name, parameter]) => ({
    name,
    type: parameter.type,
    title: parameter.title,
    description: parameter.description,
    is_required: declared?.required?.includes(name) ?? false,
  }));
}

/** Sends a step's event over signed HTTP; a retry carries Slack's retry headers. */
export function sendStepEvent(bot: BotHarness, start: StepStart, retryNum?: number): Promise<HttpResult> {
  return bot.driver.send(
    JSON.stringify(start.body),
    'application/json',
    retryNum === undefined
      ? {}
      : { headers: { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } },
  );
}

/** Waits until the step has ended, and gives how. */
export async function endOf(bot: Pick<BotHarness, 'standIn'>, executionId: string): Promise<StepExecution> {
  return eventually(() => {
    const execution = bot.standIn.execution(executionId);
    expect(execution?.state).not.toBe('running');
    return execution as StepExecution;
  });
}

/** The step's DM to `userId` asking for an assessment (posted with the workflow token). */
export async function stepRequestTo(bot: Pick<BotHarness, 'standIn'>, userId: string) {
  return eventually(() => {
    const call = bot.standIn
      .callsTo('chat.postMessage')
      .find((c) => c.params.channel === userId && String(c.params.text).startsWith('A workflow asks you'));
    expect(call?.result.ok).toBe(true);
    return call as NonNullable<typeof call>;
  });
}

/**
 * A click on one of the request's buttons, as Slack sends it for a message a step posted: with the step's
 * execution and inputs (function_data) and a fresh workflow token.
 */
export function stepButtonPayload(
  bot: Pick<BotHarness, 'standIn'>,
  start: StepStart,
  actionId: string,
  where: { userId: string; dm: string; ts: string },
  options: { tokenLifetimeMs?: number } = {},
): Record<string, unknown> {
  const event = start.body.event as { inputs: Record<string, unknown>; function: { callback_id: string } };
  return {
    type: 'block_actions',
    team: { id: bot.standIn.workspaceId, domain: 'example' },
    user: { id: where.userId, username: 'person', name: 'person', team_id: bot.standIn.workspaceId },
    api_app_id: 'A0ADVISOR',
    token: 'legacy-verification-token',
    trigger_id: bot.standIn.issueTrigger(),
    response_url: bot.standIn.responseUrl(),
    container: { type: 'message', message_ts: where.ts, channel_id: where.dm, is_ephemeral: false },
    channel: { id: where.dm, name: 'directmessage' },
    message: { ts: where.ts, type: 'message', text: 'request' },
    actions: [
      {
        type: 'button',
        action_id: actionId,
        block_id: 'assess_step_actions',
        text: { type: 'plain_text', text: 'button' },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
    function_data: {
      execution_id: start.executionId,
      function: { callback_id: event.function.callback_id },
      inputs: event.inputs,
    },
    bot_access_token: bot.standIn.issueWorkflowToken(start.executionId, options.tokenLifetimeMs),
  };
}

/**
 * The step's questionnaire submitted, as Slack sends it: with the step's execution and a workflow token (one
 * that has already expired with `tokenLifetimeMs: 0`).
 */
export function stepSubmissionPayload(
  bot: Pick<BotHarness, 'standIn'>,
  start: StepStart,
  view: Record<string, any>,
  values: Record<string, unknown>,
  userId: string,
  options: { tokenLifetimeMs?: number } = {},
): Record<string, unknown> {
  const event = start.body.event as { inputs: Record<string, unknown>; function: { callback_id: string } };
  return {
    type: 'view_submission',
    team: { id: bot.standIn.workspaceId, domain: 'example' },
    user: { id: userId, username: 'person', name: 'person', team_id: bot.standIn.workspaceId },
    api_app_id: 'A0ADVISOR',
    token: 'legacy-verification-token',
    trigger_id: bot.standIn.issueTrigger(),
    view: {
      ...view,
      id: 'V0STEP',
      team_id: bot.standIn.workspaceId,
      state: { values },
      hash: 'hash',
      root_view_id: 'V0STEP',
      app_id: 'A0ADVISOR',
      bot_id: bot.standIn.botId,
    },
    response_urls: [],
    function_data: {
      execution_id: start.executionId,
      function: { callback_id: event.function.callback_id },
      inputs: event.inputs,
    },
    bot_access_token: bot.standIn.issueWorkflowToken(start.executionId, options.tokenLifetimeMs),
  };
}

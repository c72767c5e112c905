import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { withSupport } from '../../blocks/support.js';
import { openModalFromButton } from '../../open-modal.js';
import { type Services, setOutcome } from '../../services.js';
import { markRequestDone, personName } from '../../steps/request-message-updates.js';
import { channelWords } from '../../steps/step-access.js';
import { botClientFor } from '../../steps/step-failure.js';
import { STEP_INPUTS } from '../../steps/step-ids.js';
import { channelInput, optionalText } from '../../steps/step-inputs.js';
import { stepQuestionnaire } from '../../steps/step-questionnaire.js';
import { StepRun } from '../../steps/step-run.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

export const NOT_A_STEP_TEXT =
  'This request is no longer connected to its workflow, so there is nothing to answer here. To assess the team, run `/aiteam` in its channel.';

/** The step a click belongs to: Slack sends clicks on the step's message with its execution and inputs. */
function stepOf({ context, inputs, body }: Pick<Args, 'context' | 'inputs' | 'body'>) {
  const executionId = context.functionExecutionId as string | undefined;
  if (!executionId || !inputs) return undefined;
  let channelId: string;
  try {
    channelId = channelInput(inputs);
  } catch {
    return undefined;
  }
  const request =
    body.channel && body.message ? { channel: body.channel.id, ts: body.message.ts } : undefined;
  return { executionId, channelId, teamName: optionalText(inputs, STEP_INPUTS.teamName), request };
}

/** The click's step; without one (a message of an ended run, or not a step's), the presser is told. */
async function stepOrTell(args: Pick<Args, 'context' | 'inputs' | 'body' | 'respond'>) {
  const step = stepOf(args);
  if (!step) {
    setOutcome(args.context, 'invalid_input');
    await tellPresser(args.respond, NOT_A_STEP_TEXT);
  }
  return step;
}

async function tellPresser(respond: Args['respond'], text: string): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text });
}

/**
 * "Answer the questionnaire" on the step's request: the questionnaire, prefilled from the latest answers of
 * the step's team in its channel (or the channel's latest), whose submission ends the step.
 */
export function openAssessStep({ store, playbook, logger, support }: Services) {
  return async ({ ack, body, client, context, inputs, respond }: Args): Promise<void> => {
    await ack();
    const step = await stepOrTell({ context, inputs, body, respond });
    if (!step) return;
    const workspaceId = context.teamId ?? body.team?.id ?? body.user.team_id ?? '';
    const ofTeam = step.teamName
      ? await store.latestForTeam(workspaceId, step.channelId, step.teamName)
      : undefined;
    const [latest] = ofTeam ? [ofTeam] : await store.channelHistory(workspaceId, step.channelId, 1);
    await openModalFromButton(
      { body, client, respond, context, logger, support },
      { what: 'the questionnaire', button: 'Answer the questionnaire' },
      () =>
        client.views.open({
          trigger_id: body.trigger_id,
          view: stepQuestionnaire(playbook, latest?.profile, step),
        }),
    );
  };
}

/** "Skip": the step fails with who skipped it, and the request says so. */
export function skipAssessStep(services: Services) {
  return async ({ ack, body, context, inputs, complete, fail, respond }: Args): Promise<void> => {
    await ack();
    const step = await stepOrTell({ context, inputs, body, respond });
    if (!step) return;
    const botClient = botClientFor(services, context);
    const workflow = complete && fail ? { complete, fail } : undefined;
    const run = new StepRun(step.executionId, workflow, botClient, services.logger);
    const who = await personName(botClient, body.user.id);
    const ended = await run.fail(
      `${who} skipped the AI team assessment for ${channelWords(step.channelId)}, so this step has no answer.`,
    );
    if (ended === 'failed' && step.request) {
      const request = { ...step.request, channelId: step.channelId, teamName: step.teamName };
      await markRequestDone(botClient, request, { skippedBy: body.user.id }, services.logger);
    } else if (ended === 'ended_already') {
      setOutcome(context, 'refused');
      await tellPresser(respond, 'This workflow step had already ended, so there was nothing to skip.');
    } else if (ended === 'not_ended') {
      setOutcome(context, 'failed');
      await tellPresser(
        respond,
        withSupport(
          'Sorry, Slack did not take the skip. Please press *Skip* again in a moment.',
          services.support ?? {},
        ),
      );
    }
  };
}

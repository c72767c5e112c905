import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { type Services, setOutcome } from '../../services.js';
import { botClientFor } from '../../steps/step-failure.js';
import { STEP_IDS } from '../../steps/step-ids.js';
import { StepRun, type WorkflowEnders } from '../../steps/step-run.js';

const OFFERED = new Set<string>(Object.values(STEP_IDS));

interface StepEvent {
  type: 'function_executed';
  function_execution_id: string;
  function?: { callback_id?: string; title?: string };
}

export function unknownStepText(callbackId: string, title: string | undefined): string {
  const name = title ? `"${title}" (${callbackId})` : callbackId;
  return `This workflow uses the step ${name}, which this version of AI Team Advisor does not offer. Ask whoever runs the app to update it to the version of its manifest, or remove the step from the workflow.`;
}

/**
 * A workflow can hold a step the running version of the app does not offer (a manifest newer than the bot,
 * or a step since removed). No listener would take its event: Bolt leaves a step's event for its listener to
 * acknowledge, so Slack would hear nothing, send it again, and show the step "In progress" for good. Such a
 * step is acknowledged and failed here, with words for the workflow's activity.
 */
export function failUnknownSteps(services: Services): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const event = (args.body as { type?: string; event?: Partial<StepEvent> }).event;
    const callbackId = event?.function?.callback_id;
    if (
      (args.body as { type?: string }).type !== 'event_callback' ||
      event?.type !== 'function_executed' ||
      typeof event.function_execution_id !== 'string' ||
      callbackId === undefined ||
      OFFERED.has(callbackId)
    ) {
      await args.next();
      return;
    }
    const { ack, complete, fail } = args as unknown as Partial<WorkflowEnders> & {
      ack?: () => Promise<void>;
    };
    await ack?.();
    setOutcome(args.context, 'invalid_input');
    const workflow = complete && fail ? { complete, fail } : undefined;
    const run = new StepRun(
      event.function_execution_id,
      workflow,
      botClientFor(services, args.context),
      services.logger,
    );
    await run.fail(unknownStepText(callbackId, event.function?.title));
  };
}

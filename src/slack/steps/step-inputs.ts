import { CHANNEL_ID } from '../decode-json.js';
import { refuseDirectMessage, StepRefusal } from './step-access.js';
import { STEP_INPUTS } from './step-ids.js';

/** A step's inputs, as the event (or a click on the step's message) carries them. */
type FunctionInputs = Record<string, unknown>;

/** User ids as Slack writes them (W for an Enterprise Grid org's users). */
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** The team's channel, required by every assessment step: a channel id, never a direct message. */
export function channelInput(inputs: FunctionInputs): string {
  const value = inputs[STEP_INPUTS.channel];
  if (typeof value !== 'string' || !CHANNEL_ID.test(value)) {
    throw new StepRefusal(
      "This step needs the team's channel: map its Channel input to a channel, then run the workflow again.",
    );
  }
  refuseDirectMessage(value);
  return value;
}

/**
 * The person the step is for: the Person input, or else whoever ran the workflow (the Interactivity input,
 * when the workflow was started by a person). `what` says what the person is for, in the refusal.
 */
export function personInput(inputs: FunctionInputs, what: string): string {
  const given = inputs[STEP_INPUTS.person];
  const interactor = (inputs[STEP_INPUTS.interactivity] as { interactor?: { id?: unknown } } | undefined)
    ?.interactor?.id;
  // An empty mapping counts as none: then whoever ran the workflow.
  const person = typeof given === 'string' && given !== '' ? given : interactor;
  if (typeof person !== 'string' || !USER_ID.test(person)) {
    throw new StepRefusal(
      `This step needs ${what}: map its Person input to someone (or start the workflow from a link, shortcut or button, so the person who ran it is used), then run the workflow again.`,
    );
  }
  return person;
}

/** An optional text input, trimmed; undefined when absent or blank. */
export function optionalText(inputs: FunctionInputs, name: string): string | undefined {
  const value = inputs[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A boolean input as Workflow Builder sends it (a JSON boolean; text "true" from some mappings). */
export function flagInput(inputs: FunctionInputs, name: string): boolean {
  const value = inputs[name];
  return value === true || value === 'true';
}

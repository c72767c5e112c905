import type { Block, InputBlock, KnownBlock, ModalView } from '@slack/types';
import { z } from 'zod';
import type { Playbook, TeamProfile } from '../../advisor/index.js';
import { FIELD_BLOCKS, questionnaireView } from '../blocks/questionnaire-view.js';
import { CHANNEL_ID, decodeJson } from '../decode-json.js';
import { ASSESS_STEP_CALLBACK_ID } from './assess-request-message.js';

/** What travels with the step's questionnaire, through `private_metadata`. */
const stepMetadataSchema = z.object({
  /** The team's channel, where the answer is posted. */
  channelId: z.string().regex(CHANNEL_ID),
  /** The step's execution, ended by the submission (Slack also sends it with the submission). */
  executionId: z.string().min(1).max(100),
  /** The step's team name, when its workflow gave one. */
  teamName: z.string().max(500).optional(),
  /** The request message in the person's DM, marked done once the step ends. */
  request: z.object({ channel: z.string().regex(CHANNEL_ID), ts: z.string().max(40) }).optional(),
});
export type StepMetadata = z.infer<typeof stepMetadataSchema>;

/** Metadata we did not write, or cannot read: undefined (the form is then refused as expired). */
export function decodeStepMetadata(raw: string | undefined): StepMetadata | undefined {
  return decodeJson(stepMetadataSchema, raw);
}

/**
 * The questionnaire as `/aiteam` opens it, for the step: prefilled from the channel's latest answers, the
 * step's team name in the name box when it gave one, and submitted to the step's own listener.
 */
export function stepQuestionnaire(
  playbook: Playbook,
  prefill: TeamProfile | undefined,
  metadata: StepMetadata,
): ModalView {
  const view = questionnaireView({
    playbook,
    prefill,
    privateMetadata: JSON.stringify(metadata),
    askForChannel: false,
  });
  const { teamName } = metadata;
  return {
    ...view,
    callback_id: ASSESS_STEP_CALLBACK_ID,
    blocks: teamName ? view.blocks.map((block) => withName(block, teamName)) : view.blocks,
  };
}

/** The name box, starting from `name`; any other block as it is. */
function withName(block: KnownBlock | Block, name: string): KnownBlock | Block {
  if (block.block_id !== FIELD_BLOCKS.name || !('element' in block)) return block;
  const input = block as InputBlock;
  if (input.element.type !== 'plain_text_input') return block;
  return { ...input, element: { ...input.element, initial_value: name } };
}

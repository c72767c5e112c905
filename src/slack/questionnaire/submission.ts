import { z } from 'zod';
import { type FieldError, ROLE_IDS } from '../../advisor/index.js';
import {
  FIELD_BLOCKS,
  HEADING_OPTION_VALUE,
  roleBlockId,
  VALUE_ACTION_ID,
} from '../blocks/questionnaire-view.js';
import { CHANNEL_ID, decodeJson } from '../decode-json.js';

/** What Slack sends for one input in `view.state.values[block_id][action_id]` (only the fields we read). */
export interface InputState {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_conversation?: string | null;
}
export type StateValues = Record<string, Record<string, InputState | undefined> | undefined>;

/** What travels with the modal, through `private_metadata`. */
export const questionnaireMetadataSchema = z.object({
  /** The conversation to answer in; absent when opened from App Home (the modal then asks). */
  channelId: z.string().regex(CHANNEL_ID).optional(),
});
export type QuestionnaireMetadata = z.infer<typeof questionnaireMetadataSchema>;

export function encodeMetadata(metadata: QuestionnaireMetadata): string {
  return JSON.stringify(metadata);
}

/** Metadata we did not write (or cannot read) counts as none: the answer then needs a channel from the form. */
export function decodeMetadata(raw: string | undefined): QuestionnaireMetadata {
  return decodeJson(questionnaireMetadataSchema, raw || '{}') ?? {};
}

function input(values: StateValues, blockId: string): InputState | undefined {
  return values[blockId]?.[VALUE_ACTION_ID];
}

/**
 * An empty count box means nobody; a number becomes a number (1.5 too, for the schema to reject as not whole);
 * anything else is passed through as typed so the profile schema rejects it with a message on that box.
 * Slack's own number checks run in the client and can be bypassed.
 */
function count(state: InputState | undefined): unknown {
  const raw = state?.value?.trim();
  if (raw === undefined || raw === '') return 0;
  const number = Number(raw);
  return Number.isFinite(number) ? number : raw;
}

/** The profile as the form gives it, not yet validated. */
export function profileInputFromState(values: StateValues): Record<string, unknown> {
  const selected = (blockId: string) => input(values, blockId)?.selected_option?.value;
  const name = input(values, FIELD_BLOCKS.name)?.value;
  return {
    ...(name ? { name } : {}),
    stage: selected(FIELD_BLOCKS.stage),
    builds: selected(FIELD_BLOCKS.builds),
    urgency: selected(FIELD_BLOCKS.urgency),
    headingToNext: headingToNext(input(values, FIELD_BLOCKS.headingToNext)),
    practices: (input(values, FIELD_BLOCKS.practices)?.selected_options ?? []).map((option) => option.value),
    roles: Object.fromEntries(
      ROLE_IDS.map((role) => [
        role,
        {
          inHouse: count(input(values, roleBlockId(role, 'inHouse'))),
          augmented: count(input(values, roleBlockId(role, 'augmented'))),
        },
      ]),
    ),
  };
}

/** The one checkbox means yes; a value we never offered is passed on for the schema to reject. */
function headingToNext(state: InputState | undefined): unknown {
  const selected = (state?.selected_options ?? []).map((option) => option.value);
  if (selected.length === 0) return false;
  return selected.every((value) => value === HEADING_OPTION_VALUE) ? true : selected.join(',');
}

export function channelFromState(values: StateValues): string | undefined {
  return input(values, FIELD_BLOCKS.channel)?.selected_conversation ?? undefined;
}

/**
 * Field errors keyed by the input block that shows them (`response_action: "errors"`). Block ids are profile
 * paths, so `practices[2]` lands on `practices` and `roles.mlops.inHouse` on its own box.
 */
export function viewErrors(errors: readonly FieldError[]): Record<string, string> {
  const byBlock: Record<string, string> = {};
  for (const error of errors) {
    const blockId = error.path.replace(/\[\d+\]$/, '') || FIELD_BLOCKS.name;
    byBlock[blockId] ??= `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
  }
  return byBlock;
}

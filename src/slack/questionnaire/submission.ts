import { z } from 'zod';
import {
  BIDI_CONTROLS,
  capitalise,
  type FieldError,
  INVISIBLE,
  INVISIBLE_MESSAGE,
  LINE_BREAK_MESSAGE,
  LINE_BREAKING,
  MAX_ROLE_COUNT,
  MAX_TEAM_NAME_LENGTH,
  ROLE_IDS,
  type TeamProfile,
  teamProfileSchema,
  validate,
} from '../../advisor/index.js';
import {
  FIELD_BLOCKS,
  HEADING_OPTION_VALUE,
  POST_AS_NEW_OPTION_VALUE,
  roleBlockId,
  SHARE_OPTION_VALUE,
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
  /**
   * Opened away from that conversation (Edit answers or Re-assess pressed in a DM, on a plan, on App Home):
   * whoever submits may not be in it, so the answer is posted there only for a member (see mayAnswerIn).
   */
  membersOnly: z.literal(true).optional(),
  /**
   * Opened from an answer (Edit answers, Re-assess): the team it was for (absent for an unnamed team). The
   * submission updates that team's latest answer in place, unless "Post as a new message" is ticked.
   */
  edits: z
    .object({ teamName: z.string().max(MAX_TEAM_NAME_LENGTH).optional() })
    .strict()
    .optional(),
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

/** What a count box accepts: digits only (no sign, point, exponent, hex or spaces inside). */
const PLAIN_COUNT = /^\d+$/;
export const COUNT_MESSAGE = `Must be a whole number from 0 to ${MAX_ROLE_COUNT}.`;

/**
 * An empty count box means nobody; digits become a number, which the profile schema bounds (a number too
 * long to be exact is held at the largest exact one, so the schema still says "at most 500"). Anything else
 * (`0x10`, `1e2`, `-1`, `1.5`) is passed on as typed, for the schema to reject, and gets the form's own
 * message from formProblems(). JavaScript's Number() would read `0x10` as 16 and `1e2` as 100. Slack's own
 * number checks run in the client and can be bypassed.
 */
function count(state: InputState | undefined): unknown {
  const raw = state?.value?.trim();
  if (raw === undefined || raw === '') return 0;
  return PLAIN_COUNT.test(raw) ? Math.min(Number(raw), Number.MAX_SAFE_INTEGER) : raw;
}

/** The team name as typed, with bidi controls removed; undefined when left empty. */
function teamName(values: StateValues): string | undefined {
  const raw = input(values, FIELD_BLOCKS.name)?.value;
  return raw ? raw.replace(BIDI_CONTROLS, '') : undefined;
}

/**
 * Problems the form itself catches, keyed by block, on top of the profile schema's: count boxes that are
 * not plain digits, and team names that would not display as typed.
 */
export function formProblems(values: StateValues): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const role of ROLE_IDS) {
    for (const kind of ['inHouse', 'augmented'] as const) {
      const blockId = roleBlockId(role, kind);
      const raw = input(values, blockId)?.value?.trim();
      if (raw && !PLAIN_COUNT.test(raw)) problems[blockId] = COUNT_MESSAGE;
    }
  }
  const name = teamName(values);
  if (name !== undefined && LINE_BREAKING.test(name)) {
    problems[FIELD_BLOCKS.name] = `${capitalise(LINE_BREAK_MESSAGE)}.`;
  } else if (name?.trim() && INVISIBLE.test(name)) {
    // Only plain spaces is no name at all (the schema trims it away); invisible characters are refused.
    problems[FIELD_BLOCKS.name] = `${capitalise(INVISIBLE_MESSAGE)}.`;
  }
  return problems;
}

/** The profile as the form gives it, not yet validated. */
export function profileInputFromState(values: StateValues): Record<string, unknown> {
  const selected = (blockId: string) => input(values, blockId)?.selected_option?.value;
  const name = teamName(values);
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

/** Whether the channel chose to show this team in the company plan (only the value we offer counts). */
export function sharedFromState(values: StateValues): boolean {
  const selected = input(values, FIELD_BLOCKS.shareWithPlan)?.selected_options ?? [];
  return selected.some((option) => option.value === SHARE_OPTION_VALUE);
}

/** Whether the person asked for a new message instead of updating the answer in place. */
export function postAsNewFromState(values: StateValues): boolean {
  const selected = input(values, FIELD_BLOCKS.postAsNew)?.selected_options ?? [];
  return selected.some((option) => option.value === POST_AS_NEW_OPTION_VALUE);
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

/**
 * The questionnaire's answers, checked on the server with the advisor's schema (Slack's own checks can be
 * bypassed): the profile, and the problems to show on their fields (the form's own messages win over the
 * schema's for the same box). A profile only when there is no problem.
 */
export function readAnswers(values: StateValues): {
  profile: TeamProfile | undefined;
  errors: Record<string, string>;
} {
  const profile = validate(teamProfileSchema, profileInputFromState(values));
  const errors = { ...(profile.ok ? {} : viewErrors(profile.errors)), ...formProblems(values) };
  return { profile: profile.ok && Object.keys(errors).length === 0 ? profile.value : undefined, errors };
}

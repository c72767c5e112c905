import { z } from 'zod';
import { type TeamProfile, teamProfileSchema } from '../../advisor/index.js';
import { CHANNEL_ID, decodeJson } from '../decode-json.js';

/**
 * What the Edit answers button carries: the answers to prefill, and the conversation the answer belongs to.
 * The conversation travels with the button because the answer may have been delivered elsewhere (by DM when
 * the bot could not post in a private channel); editing it must answer where the question was asked.
 */
const editValueSchema = z.object({
  channelId: z.string().regex(CHANNEL_ID),
  profile: teamProfileSchema,
  shared: z.literal(true).optional(),
});

export interface EditValue {
  channelId: string;
  profile: TeamProfile;
  /** The team was shown in the company plan: the questionnaire starts with that box ticked. */
  shared?: true;
}

/** At most 2,000 characters (Slack's button value limit); the largest profile makes about 700. */
export function encodeEditValue(value: EditValue): string {
  return JSON.stringify(value);
}

/** A value we did not write, or cannot read, gives undefined: the caller opens a blank questionnaire. */
export function decodeEditValue(raw: string | undefined): EditValue | undefined {
  return decodeJson(editValueSchema, raw);
}

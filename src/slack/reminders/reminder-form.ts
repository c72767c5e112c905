import type { webApi } from '@slack/bolt';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { validate } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import {
  isValidTimeZone,
  occurrenceAt,
  type ReminderRule,
  reminderRuleSchema,
} from '../../reminders/rule.js';
import { REMINDER_BLOCKS, REMINDER_VALUE_ACTION_ID, reminderFormView } from '../blocks/reminder-view.js';
import { CHANNEL_ID, decodeJson } from '../decode-json.js';
import type { StateValues } from '../questionnaire/submission.js';

export const reminderMetadataSchema = z.object({
  channelId: z.string().regex(CHANNEL_ID),
  reminderId: z.string().optional(),
});
export type ReminderMetadata = z.infer<typeof reminderMetadataSchema>;

export function decodeReminderMetadata(raw: string | undefined): ReminderMetadata | undefined {
  return decodeJson(reminderMetadataSchema, raw);
}

/** Opens the reminder form; right after ack(), since a trigger id lives three seconds. */
export async function openReminderForm(
  client: webApi.WebClient,
  triggerId: string,
  options: { channelId: string; reminder?: Reminder; now: Date },
): Promise<void> {
  // A week from today (UTC) as the first date; the creator picks the real one.
  const defaultDate = Temporal.Instant.fromEpochMilliseconds(options.now.getTime())
    .toZonedDateTimeISO('UTC')
    .toPlainDate()
    .add({ days: 7 })
    .toString();
  await client.views.open({
    trigger_id: triggerId,
    view: reminderFormView({ channelId: options.channelId, reminder: options.reminder, defaultDate }),
  });
}

const FIELD_BLOCK: Record<string, string> = {
  startDate: REMINDER_BLOCKS.date,
  time: REMINDER_BLOCKS.time,
  'repeat.kind': REMINDER_BLOCKS.repeat,
  repeat: REMINDER_BLOCKS.repeat,
  'repeat.every': REMINDER_BLOCKS.every,
  weekdaysOnly: REMINDER_BLOCKS.weekdays,
};

/** The fields of `view.state.values` the reminder form uses. */
interface ReminderInputState {
  value?: string | null;
  selected_date?: string | null;
  selected_time?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
}

export type ReadForm = { ok: true; rule: ReminderRule } | { ok: false; errors: Record<string, string> };

/** The form's rule, checked with the rule's schema; problems go back to their fields. */
export function readReminderForm(values: StateValues): ReadForm {
  const input = (block: string) =>
    values[block]?.[REMINDER_VALUE_ACTION_ID] as ReminderInputState | undefined;
  const kind = input(REMINDER_BLOCKS.repeat)?.selected_option?.value;
  const everyText = String(input(REMINDER_BLOCKS.every)?.value ?? '').trim();
  const weekdays = input(REMINDER_BLOCKS.weekdays)?.selected_options ?? [];
  const draft = {
    startDate: input(REMINDER_BLOCKS.date)?.selected_date ?? undefined,
    time: input(REMINDER_BLOCKS.time)?.selected_time ?? undefined,
    repeat: kind === 'weeks' ? { kind, every: everyText === '' ? undefined : Number(everyText) } : { kind },
    weekdaysOnly: weekdays.length > 0 && weekdays.every((option) => option.value === 'yes'),
  };
  const result = validate(reminderRuleSchema, draft);
  if (result.ok) return { ok: true, rule: result.value };
  const errors: Record<string, string> = {};
  for (const error of result.errors) {
    const block = FIELD_BLOCK[error.path] ?? REMINDER_BLOCKS.repeat;
    errors[block] ??= `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
  }
  return { ok: false, errors };
}

/** The creator's IANA zone from users.info; UTC when Slack does not say (the form told them times are theirs). */
export async function creatorTimeZone(client: webApi.WebClient, userId: string): Promise<string> {
  const result = await client.users.info({ user: userId });
  const zone = result.user?.tz;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

export function firstOccurrenceIsFuture(rule: ReminderRule, timeZone: string, now: number): boolean {
  return occurrenceAt(rule, timeZone, 0) > now;
}

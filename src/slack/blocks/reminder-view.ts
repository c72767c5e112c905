import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Reminder } from '../../reminders/reminder-store.js';
import { describeRule, type ReminderRule } from '../../reminders/rule.js';
import { slackDate } from './changes.js';
import { context, plain, section } from './text.js';

export const REMINDER_CALLBACK_ID = 'reminder_form';
export const REMINDER_BLOCKS = {
  date: 'date',
  time: 'time',
  repeat: 'repeat',
  every: 'every',
  weekdays: 'weekdays',
} as const;
export const REMINDER_VALUE_ACTION_ID = 'value';
export const DEFAULT_EVERY_WEEKS = 4;

const option = (value: string, text: string): PlainTextOption => ({ value, text: plain(text) });

const REPEAT_OPTIONS = [
  option('once', 'Once'),
  option('weeks', 'Every N weeks'),
  option('monthly', 'Monthly'),
  option('quarterly', 'Quarterly'),
];
const WEEKDAYS_OPTION = option('yes', 'Weekdays only (a weekend date moves to Monday)');

export interface ReminderFormOptions {
  channelId: string;
  /** Editing this reminder; absent for a new one. */
  reminder?: Reminder;
  /** The creator's local date today (YYYY-MM-DD), for a new reminder's default first date. */
  defaultDate: string;
}

/** The reminder form: first date and time in the creator's zone, then how it repeats. */
export function reminderFormView(options: ReminderFormOptions): ModalView {
  const rule: ReminderRule | undefined = options.reminder?.rule;
  const repeat = rule?.repeat.kind ?? 'weeks';
  const every = rule?.repeat.kind === 'weeks' ? rule.repeat.every : DEFAULT_EVERY_WEEKS;
  const blocks: KnownBlock[] = [
    context(
      `I will post in <#${options.channelId}>, asking the team to revisit its stage. Dates and times are in your Slack time zone.`,
    ),
    {
      type: 'input',
      block_id: REMINDER_BLOCKS.date,
      label: plain('First reminder on'),
      element: {
        type: 'datepicker',
        action_id: REMINDER_VALUE_ACTION_ID,
        initial_date: rule?.startDate ?? options.defaultDate,
      },
    },
    {
      type: 'input',
      block_id: REMINDER_BLOCKS.time,
      label: plain('At'),
      element: {
        type: 'timepicker',
        action_id: REMINDER_VALUE_ACTION_ID,
        initial_time: rule?.time ?? '09:00',
      },
    },
    {
      type: 'input',
      block_id: REMINDER_BLOCKS.repeat,
      label: plain('Repeat'),
      element: {
        type: 'radio_buttons',
        action_id: REMINDER_VALUE_ACTION_ID,
        options: REPEAT_OPTIONS,
        initial_option: REPEAT_OPTIONS.find((o) => o.value === repeat),
      },
    },
    {
      type: 'input',
      block_id: REMINDER_BLOCKS.every,
      optional: true,
      label: plain('For "every N weeks": N'),
      element: {
        type: 'number_input',
        action_id: REMINDER_VALUE_ACTION_ID,
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '52',
        initial_value: String(every),
      },
    },
    {
      type: 'input',
      block_id: REMINDER_BLOCKS.weekdays,
      optional: true,
      label: plain('Weekdays'),
      element: {
        type: 'checkboxes',
        action_id: REMINDER_VALUE_ACTION_ID,
        options: [WEEKDAYS_OPTION],
        ...(rule?.weekdaysOnly ? { initial_options: [WEEKDAYS_OPTION] } : {}),
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: REMINDER_CALLBACK_ID,
    title: plain(options.reminder ? 'Edit reminder' : 'Remind us to revisit'),
    submit: plain('Save'),
    close: plain('Cancel'),
    private_metadata: JSON.stringify({ channelId: options.channelId, reminderId: options.reminder?.id }),
    blocks,
  };
}

/** What the form shows after saving, in place of the form (response_action: update). */
export function reminderSavedView(reminder: Reminder, edited: boolean): ModalView {
  return {
    type: 'modal',
    title: plain(edited ? 'Reminder updated' : 'Reminder set'),
    close: plain('Done'),
    blocks: [
      section(
        `I will remind <#${reminder.channelId}> to revisit its stage ${describeRule(reminder.rule)} (${reminder.timeZone}). ` +
          `Next: ${slackDate(new Date(reminder.nextDueAt), '{date_long} at {time}')}.`,
      ),
      context("`/aiteam reminders` lists this channel's reminders, to edit or cancel them."),
    ],
  };
}

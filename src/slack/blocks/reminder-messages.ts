import type { KnownBlock } from '@slack/types';
import { countNoun, type Playbook } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import { describeRule } from '../../reminders/rule.js';
import type { AssessmentRecord } from '../../storage/assessment-store.js';
import { slackDate } from './changes.js';
import { escapeUserText } from './escape.js';
import type { SlackMessage } from './limits.js';
import { context, header, section } from './text.js';

export const REMINDER_ACTIONS = {
  reassess: 'reminder_reassess',
  snooze: 'reminder_snooze',
  stop: 'reminder_stop',
  edit: 'reminder_edit',
  cancel: 'reminder_cancel',
  open: 'remind_open',
} as const;

const button = (actionId: string, text: string, value: string, style?: 'primary' | 'danger') => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text, emoji: false },
  value,
  ...(style ? { style } : {}),
});

/** The reminder posted in the channel: the last assessment, and what to do about it. */
export function reminderMessage(
  reminder: Reminder,
  latest: AssessmentRecord | undefined,
  playbook: Playbook,
): SlackMessage {
  const last = latest
    ? `The last assessment here was on ${slackDate(latest.createdAt)}: *${latest.teamName ? escapeUserText(latest.teamName) : 'your team'}*, ` +
      `${playbook.stages[latest.stage].name}, ${latest.summary.headcount} people.` +
      (latest.summary.stallPoints[0]
        ? ` Most severe stall point then: ${latest.summary.stallPoints[0].title}.`
        : '')
    : 'There is no assessment in this channel yet.';
  const blocks: KnownBlock[] = [
    header("Time to revisit your AI team's stage"),
    section(
      `${last} Teams move from pilot to production over months; a fresh assessment shows what changed and what to staff next.`,
    ),
    {
      type: 'actions',
      block_id: 'reminder_actions',
      elements: [
        button(REMINDER_ACTIONS.reassess, 'Re-assess now', reminder.id, 'primary'),
        button(REMINDER_ACTIONS.snooze, 'Snooze a week', reminder.id),
        button(REMINDER_ACTIONS.stop, 'Stop reminders', reminder.id, 'danger'),
      ],
    },
    context(
      `Reminder set by <@${reminder.createdBy}>: ${describeRule(reminder.rule)} (${reminder.timeZone}).`,
    ),
  ];
  return { text: "Time to revisit your AI team's stage.", blocks };
}

/** `/aiteam reminders`: each with its next date (in the reader's zone), repeat, creator, and edit / cancel. */
export function reminderListMessage(reminders: readonly Reminder[]): SlackMessage {
  if (reminders.length === 0) {
    const text =
      'No reminders in this channel. Press *Remind us to revisit* on an answer, or run `/aiteam remind`.';
    return { text, blocks: [section(text)] };
  }
  const blocks: KnownBlock[] = [header('Reminders in this channel')];
  for (const reminder of reminders.slice(0, 15)) {
    const state =
      reminder.status === 'paused'
        ? `*Paused* (${reminder.pausedReason ?? 'delivery failed'}): edit it to start again.`
        : `Next: ${slackDate(new Date(reminder.nextDueAt), '{date_long} at {time}')}`;
    blocks.push(
      section(
        `${state}\nRepeats ${describeRule(reminder.rule)} (${reminder.timeZone}) · set by <@${reminder.createdBy}>`,
      ),
      {
        type: 'actions',
        block_id: `reminder_${reminder.id}`,
        elements: [
          button(REMINDER_ACTIONS.edit, 'Edit', reminder.id),
          button(REMINDER_ACTIONS.cancel, 'Cancel', reminder.id, 'danger'),
        ],
      },
    );
  }
  return {
    text: `${countNoun(reminders.length, 'reminder')} in this channel.`,
    blocks,
  };
}

/** The DM to a reminder's creator when delivery can never succeed. */
export function reminderPausedMessage(reminder: Reminder, reason: string): SlackMessage {
  const why: Record<string, string> = {
    channel_not_found: 'the channel no longer exists, or I am not in it',
    is_archived: 'the channel was archived',
    not_in_channel: 'I am no longer in the channel',
  };
  const text =
    `I paused your reminder for <#${reminder.channelId}> because ${why[reason] ?? `Slack refused it (${reason})`}. ` +
    'Invite me back, then edit it with `/aiteam reminders` there to start it again; or cancel it and set one in another channel.';
  return { text, blocks: [section(text)] };
}

import type { ConfirmationDialog, KnownBlock } from '@slack/types';
import { countNoun, type Playbook } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import { describeRule } from '../../reminders/rule.js';
import type { AssessmentRecord } from '../../storage/assessment-store.js';
import { slackDate } from './changes.js';
import { escapeUserText } from './escape.js';
import type { SlackMessage } from './limits.js';
import { context, header, plain, section } from './text.js';

export const REMINDER_ACTIONS = {
  reassess: 'reminder_reassess',
  snooze: 'reminder_snooze',
  stop: 'reminder_stop',
  edit: 'reminder_edit',
  cancel: 'reminder_cancel',
  resume: 'reminder_resume',
  open: 'remind_open',
} as const;

/** Why a reminder was paused, in words, from the Slack error (or the scheduler's reason) that paused it. */
export function pauseReasonText(reason: string | null): string {
  const why: Record<string, string> = {
    channel_not_found: 'the channel no longer exists, or I am not in it',
    is_archived: 'the channel was archived',
    not_in_channel: 'I am no longer in the channel',
    restricted_action: 'the channel does not let me post',
    account_inactive: "the app's access to this workspace was removed (uninstalled, or its token revoked)",
    token_revoked: "the app's access to this workspace was removed (uninstalled, or its token revoked)",
    invalid_auth: 'Slack kept refusing my access token',
    not_authed: 'Slack kept refusing my access token',
    token_expired: 'Slack kept refusing my access token',
    missing_scope: 'the app lacks a permission it needs (reinstall it)',
  };
  if (reason === null) return 'delivery failed';
  // The scheduler's own reason after repeated failures: "failed 20 times (the last error)".
  if (reason.startsWith('failed ')) return `delivery ${reason.slice(0, 200)}`;
  return why[reason] ?? `Slack refused it (${reason.slice(0, 200)})`;
}

const button = (
  actionId: string,
  text: string,
  value: string,
  style?: 'primary' | 'danger',
  confirm?: ConfirmationDialog,
) => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text, emoji: false },
  value,
  ...(style ? { style } : {}),
  ...(confirm ? { confirm } : {}),
});

/** Slack's own confirmation dialog before a button that cannot be undone does its work. */
function confirmation(title: string, text: string, confirm: string): ConfirmationDialog {
  return {
    title: plain(title),
    text: plain(text),
    confirm: plain(confirm),
    deny: plain('Keep it'),
    style: 'danger',
  };
}

export const STOP_CONFIRMATION = confirmation(
  'Stop these reminders?',
  'No more reminders will be posted in this channel from this one. To be reminded again, set a new one with /aiteam remind.',
  'Stop reminders',
);
export const CANCEL_CONFIRMATION = confirmation(
  'Cancel this reminder?',
  'It will not be posted again. To be reminded again, set a new one with /aiteam remind.',
  'Cancel reminder',
);

/** The reminder posted in the channel: the last assessment, and what to do about it. */
export function reminderMessage(
  reminder: Reminder,
  latest: AssessmentRecord | undefined,
  playbook: Playbook,
): SlackMessage {
  const last = latest
    ? `The last assessment here was on ${slackDate(latest.createdAt)}: *${latest.teamName ? escapeUserText(latest.teamName) : 'your team'}*, ` +
      `${playbook.stages[latest.stage].name}, ${countNoun(latest.summary.headcount, 'person', 'people')}.` +
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
        button(REMINDER_ACTIONS.stop, 'Stop reminders', reminder.id, 'danger', STOP_CONFIRMATION),
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
    const paused = reminder.status === 'paused';
    const state = paused
      ? `*Paused*: ${pauseReasonText(reminder.pausedReason)}. Press *Resume* once that is fixed, or edit it.`
      : `Next: ${slackDate(new Date(reminder.nextDueAt), '{date_long} at {time}')}`;
    blocks.push(
      section(
        `${state}\nRepeats ${describeRule(reminder.rule)} (${reminder.timeZone}) · set by <@${reminder.createdBy}>`,
      ),
      {
        type: 'actions',
        block_id: `reminder_${reminder.id}`,
        elements: [
          ...(paused ? [button(REMINDER_ACTIONS.resume, 'Resume', reminder.id, 'primary')] : []),
          button(REMINDER_ACTIONS.edit, 'Edit', reminder.id),
          button(REMINDER_ACTIONS.cancel, 'Cancel', reminder.id, 'danger', CANCEL_CONFIRMATION),
        ],
      },
    );
  }
  return {
    text: `${countNoun(reminders.length, 'reminder')} in this channel.`,
    blocks,
  };
}

/** The DM to a reminder's creator when delivery cannot succeed without someone acting. */
export function reminderPausedMessage(reminder: Reminder, reason: string): SlackMessage {
  const text =
    `I paused your reminder for <#${reminder.channelId}> because ${pauseReasonText(reason)}. ` +
    'Once that is fixed (invite me back, or reinstall the app), press *Resume*, or resume or edit it from ' +
    '`/aiteam reminders` in that channel; or cancel it there and set one elsewhere.';
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        block_id: 'reminder_paused',
        elements: [button(REMINDER_ACTIONS.resume, 'Resume', reminder.id, 'primary')],
      },
    ],
  };
}

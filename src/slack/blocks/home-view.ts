import type { HomeView, KnownBlock } from '@slack/types';
import type { Playbook } from '../../advisor/index.js';
import type { Reminder } from '../../reminders/reminder-store.js';
import { describeRule } from '../../reminders/rule.js';
import type { AssessmentRecord } from '../../storage/assessment-store.js';
import { slackDate, stageAndSize } from './changes.js';
import { escapeUserText } from './escape.js';
import { LIMITS } from './limits.js';
import { pauseReasonText, REMINDER_ACTIONS } from './reminder-messages.js';
import {
  FEEDBACK_ACTION_ID,
  feedbackUrl,
  privacySentence,
  type SupportLinks,
  supportSentence,
} from './support.js';
import { context, header, section } from './text.js';

export const NEW_ASSESSMENT_ACTION_ID = 'new_assessment';
/** Enough history to be useful, far inside the 100-block limit. */
export const HOME_RECENT_LIMIT = 20;
export const HOME_REMINDER_LIMIT = 20;

export function homeView(
  recent: readonly AssessmentRecord[],
  upcoming: readonly Reminder[],
  playbook: Playbook,
  /** The hiring plan section (homePlanBlocks); empty when it could not be made. */
  plan: readonly KnownBlock[] = [],
  support: SupportLinks = {},
): HomeView {
  const feedback = feedbackUrl(support);
  const blocks: KnownBlock[] = [
    header('AI Team Advisor'),
    section(
      'Describe your AI team and I will say which seats it needs for its stage, where it is likely to stall, and whether to build, hire or augment.',
    ),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: NEW_ASSESSMENT_ACTION_ID,
          style: 'primary',
          text: { type: 'plain_text', text: 'New assessment', emoji: false },
        },
        // A link: Slack opens the operator's support page or mail, and still tells the app it was pressed.
        ...(feedback
          ? [
              {
                type: 'button' as const,
                action_id: FEEDBACK_ACTION_ID,
                text: { type: 'plain_text' as const, text: 'Send feedback', emoji: false },
                url: feedback,
              },
            ]
          : []),
      ],
    },
    ...plan,
    { type: 'divider' },
    section('*Your upcoming reminders*'),
  ];
  if (upcoming.length === 0) {
    blocks.push(
      context('None. Press *Remind us to revisit* on an answer, or run `/aiteam remind` in a channel.'),
    );
  }
  for (const reminder of upcoming.slice(0, HOME_REMINDER_LIMIT)) {
    if (reminder.status === 'paused') {
      // Paused: why, and a way to start it again from here.
      blocks.push({
        ...section(
          `*Paused* (${pauseReasonText(reminder.pausedReason)}) in <#${reminder.channelId}>: ${describeRule(reminder.rule)}`,
        ),
        accessory: {
          type: 'button',
          action_id: REMINDER_ACTIONS.resume,
          text: { type: 'plain_text', text: 'Resume', emoji: false },
          value: reminder.id,
        },
      });
      continue;
    }
    const when = slackDate(new Date(reminder.nextDueAt), '{date_long} at {time}');
    blocks.push(section(`${when} in <#${reminder.channelId}>: ${describeRule(reminder.rule)}`));
  }
  blocks.push({ type: 'divider' }, section('*Your recent assessments*'));
  if (recent.length === 0) {
    blocks.push(context('None yet. Press *New assessment*, or type `/aiteam` in a channel.'));
  }
  for (const record of recent.slice(0, HOME_RECENT_LIMIT)) {
    const team = record.teamName ? escapeUserText(record.teamName) : 'Unnamed team';
    const when = Math.floor(record.createdAt.getTime() / 1000);
    const [top] = record.summary.stallPoints;
    blocks.push(
      section(
        `*${team}* in <#${record.channelId}>: ${stageAndSize(record.stage, record.summary, playbook)}. ${top ? `Most severe: ${top.title}` : 'No stall points'}.`,
      ),
      context(`<!date^${when}^{date_short_pretty} at {time}|${record.createdAt.toISOString()}>`),
    );
  }
  // The help and privacy lines come last and are never cut: the limit trims the assessments above them.
  const footer: KnownBlock[] = [
    { type: 'divider' },
    context(supportSentence(support), privacySentence(support)),
  ];
  return {
    type: 'home',
    blocks: [...blocks.slice(0, LIMITS.blocksPerView - footer.length), ...footer],
  };
}

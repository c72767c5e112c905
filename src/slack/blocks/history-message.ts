import type { KnownBlock } from '@slack/types';
import { compareSummaries, countNoun, type Playbook } from '../../advisor/index.js';
import { type AssessmentRecord, teamKey } from '../../storage/assessment-store.js';
import { EDIT_ANSWERS_ACTION_ID } from './answer-messages.js';
import { describeChanges, slackDate, stageAndSize } from './changes.js';
import { escapeUserText } from './escape.js';
import type { SlackMessage } from './limits.js';
import { context, header, section } from './text.js';

/** How many assessments `/aiteam history` shows: two blocks each, well inside a message's 50. */
export const HISTORY_LIMIT = 15;

/**
 * A channel's assessments, newest first, each with how the team moved since its previous assessment: stage,
 * headcount against the band, seats filled or opened, stall points resolved or new, with their dates.
 * `records` is newest first; `reassess` carries the latest answers for the Re-assess button.
 */
export function historyMessage(
  records: readonly AssessmentRecord[],
  playbook: Playbook,
  reassess: { editValue: string } | undefined,
): SlackMessage {
  if (records.length === 0) {
    const text = 'No assessments in this channel yet. Run `/aiteam` to make the first one.';
    return { text, blocks: [section(text)] };
  }
  const shown = records.slice(0, HISTORY_LIMIT);
  const blocks: KnownBlock[] = [header('Assessments in this channel')];
  shown.forEach((record, index) => {
    // The same team's previous assessment: later in the list, since it is newest first.
    const previous = records
      .slice(index + 1)
      .find((other) => teamKey(other.teamName) === teamKey(record.teamName));
    const team = record.teamName ? escapeUserText(record.teamName) : 'Unnamed team';
    const { summary } = record;
    const top = summary.stallPoints[0];
    const lines = [
      `*${slackDate(record.createdAt)}* · *${team}* · ${stageAndSize(record.stage, summary, playbook)}`,
      top ? `Most severe: ${top.title}` : 'No stall points',
    ];
    if (previous) {
      const changes = describeChanges(compareSummaries(previous, record), playbook);
      lines.push(
        changes.length > 0
          ? `Since ${slackDate(previous.createdAt, '{date_short}')}: ${changes.join(' · ')}`
          : 'No change since the previous assessment',
      );
    } else {
      lines.push('First assessment of this team here');
    }
    blocks.push(section(lines.join('\n')));
  });
  if (records.length > shown.length) blocks.push(context(`Showing the latest ${shown.length}.`));
  if (reassess) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: EDIT_ANSWERS_ACTION_ID,
          style: 'primary',
          text: { type: 'plain_text', text: 'Re-assess', emoji: false },
          value: reassess.editValue,
        },
      ],
    });
  }
  return { text: `${countNoun(records.length, 'assessment')} in this channel.`, blocks };
}

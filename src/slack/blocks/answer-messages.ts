import type { ActionsBlock, KnownBlock, TableBlock } from '@slack/types';
import {
  type Assessment,
  type Changes,
  countNoun,
  type GridRow,
  type Playbook,
} from '../../advisor/index.js';
import {
  ACTION_LABELS,
  gridTableRows,
  headcountSentence,
  reasonOnce,
  SEVERITY_LABELS,
  stageSentence,
  statusLabel,
  suggestionScope,
} from '../../render/labels.js';
import { describeChanges, slackDate } from './changes.js';
import { escapeUserText } from './escape.js';
import { packIntoMessages, type SlackMessage } from './limits.js';
import { REMINDER_ACTIONS } from './reminder-messages.js';
import { context, evidenceContext, header, section, tableBlock } from './text.js';

export const EDIT_ANSWERS_ACTION_ID = 'edit_answers';
/** How an answer's parent message text begins: how a channel's history is searched for the latest answer. */
export const ANSWER_TEXT_START = 'AI team assessment for ';

export interface AnswerMessages {
  /** Posted in the channel. */
  parent: SlackMessage;
  /** Posted in the parent's thread, in order. */
  replies: SlackMessage[];
}

export interface AnswerOptions {
  /** Who asked: mentioned in the parent message. */
  userId: string;
  /** The Edit answers button's value: what it needs to reopen the questionnaire prefilled. */
  editValue: string;
  /** The conversation the answer belongs to (where "Remind us to revisit" sets the reminder). */
  channelId: string;
  /** A line to put first, e.g. why the answer arrived by DM. */
  notice?: string;
  /** For a re-assessment: what changed since the team's last one. */
  sinceLast?: SinceLast;
  playbook: Playbook;
}

export interface SinceLast {
  at: Date;
  changes: Changes;
}

/** The answer to one questionnaire: a summary in the channel and the details in its thread. */
export function answerMessages(assessment: Assessment, options: AnswerOptions): AnswerMessages {
  return {
    parent: parentMessage(assessment, teamLabel(assessment), options),
    replies: [
      ...gridReply(assessment),
      ...stallPointReply(assessment),
      ...suggestionReply(assessment),
      ...readinessReply(assessment),
    ],
  };
}

function teamLabel(assessment: Assessment): string {
  return assessment.profile.name ? escapeUserText(assessment.profile.name) : 'your team';
}

/** `team` is the team's name as escaped for mrkdwn (escaped once: it appears three times). */
function parentMessage(assessment: Assessment, team: string, options: AnswerOptions): SlackMessage {
  const stage = stageSentence(assessment);
  const top = assessment.stallPoints[0];
  const topLine = top
    ? `*${assessment.lead}*\n${SEVERITY_LABELS[top.severity]}: *${top.title}.* ${top.what}`
    : `*${assessment.lead}*`;
  const blocks: KnownBlock[] = [];
  if (options.notice) blocks.push(section(options.notice));
  blocks.push(
    header(assessment.profile.name ? `AI team assessment: ${assessment.profile.name}` : 'AI team assessment'),
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Team*\n${team}` },
        { type: 'mrkdwn', text: `*Stage*\n${stage}` },
        { type: 'mrkdwn', text: `*Headcount*\n${headcountSentence(assessment)}` },
        { type: 'mrkdwn', text: `*Asked by*\n<@${options.userId}>` },
      ],
    },
    section(topLine),
    ...(options.sinceLast ? [section(sinceLastLine(options.sinceLast, options.playbook))] : []),
    context(
      `In the thread: the role grid, ${countNoun(assessment.stallPoints.length, 'stall point')}, build / hire / augment suggestions and next-stage readiness.`,
    ),
    answerActions(options.editValue, options.channelId),
  );
  const text = `${ANSWER_TEXT_START}${team}: ${stage}, ${assessment.headcount.total} people (band ${assessment.headcount.band.label}). ${top ? `Most severe stall point: ${top.title}.` : 'No stall points found.'}`;
  return { text, blocks };
}

function sinceLastLine(sinceLast: SinceLast, playbook: Playbook): string {
  const changes = describeChanges(sinceLast.changes, playbook);
  const what =
    changes.length > 0 ? changes.join(' · ') : 'no change in stage, headcount, gaps or stall points';
  return `*Since the last assessment* (${slackDate(sinceLast.at)}): ${what}.`;
}

function answerActions(editValue: string, channelId: string): ActionsBlock {
  return {
    type: 'actions',
    block_id: 'answer_actions',
    elements: [
      {
        type: 'button',
        action_id: EDIT_ANSWERS_ACTION_ID,
        text: { type: 'plain_text', text: 'Edit answers', emoji: false },
        value: editValue,
      },
      {
        type: 'button',
        action_id: REMINDER_ACTIONS.open,
        text: { type: 'plain_text', text: 'Remind us to revisit', emoji: false },
        value: channelId,
      },
    ],
  };
}

/** Role, now and next wrap; the two counts align right. */
const GRID_COLUMNS: TableBlock['column_settings'] = [
  { is_wrapped: true },
  { is_wrapped: true },
  { is_wrapped: true },
  { align: 'right' },
  { align: 'right' },
];

function gridTable(assessment: Assessment): TableBlock {
  return tableBlock(gridTableRows(assessment), GRID_COLUMNS);
}

function gridLine(row: GridRow, assessment: Assessment): string {
  const seat = row.next ? `${row.now.label} → ${row.next.label}` : row.now.label;
  const note = row.note ? ` ${row.note}` : '';
  return `• *${row.shortName}*: ${seat}. ${row.inHouse} in-house, ${row.augmented} augmented: *${statusLabel(row, assessment)}*.${note}`;
}

function gridReply(assessment: Assessment): SlackMessage[] {
  let gaps = 0;
  for (const row of assessment.grid) if (row.toFill.now + row.toFill.beforeNext > 0) gaps += 1;
  const title = `*Role grid* for the ${assessment.stage.name.toLowerCase()} stage${assessment.nextStage ? `, and each seat at ${assessment.nextStage.name.toLowerCase()}` : ''}`;
  return packIntoMessages(
    [
      section(title),
      gridTable(assessment),
      section(assessment.grid.map((row) => gridLine(row, assessment)).join('\n')),
    ],
    () =>
      `Role grid: ${countNoun(gaps, 'seat')} to fill${assessment.profile.headingToNext && assessment.nextStage ? ` before ${assessment.nextStage.name.toLowerCase()}` : ` at the ${assessment.stage.name.toLowerCase()} stage`}.`,
  );
}

function stallPointReply(assessment: Assessment): SlackMessage[] {
  const points = assessment.stallPoints;
  const blocks: KnownBlock[] = [
    section(
      points.length === 0
        ? '*Likely stall points:* none found.'
        : `*Likely stall points*, most severe first (${points.length})`,
    ),
  ];
  for (const point of points) {
    blocks.push(
      section(
        `*${SEVERITY_LABELS[point.severity]}: ${point.title}.* ${point.what}\n*Why it stalls teams:* ${point.why}\n*Fix:* ${point.fix}`,
      ),
    );
    if (point.evidence.length > 0) blocks.push(evidenceContext(point.evidence));
  }
  return packIntoMessages(blocks, (part, parts) =>
    points.length === 0
      ? 'No likely stall points.'
      : `Likely stall points${parts > 1 ? ` (part ${part} of ${parts})` : ''}: ${points.map((p) => p.title).join('; ')}.`,
  );
}

function suggestionReply(assessment: Assessment): SlackMessage[] {
  const suggestions = assessment.suggestions;
  const heading =
    suggestions.length === 0
      ? '*Build, hire or augment:* no seats to fill.'
      : `*Build, hire or augment* (${countNoun(suggestions.length, 'seat')})`;
  const blocks: KnownBlock[] = [
    section(assessment.plan.note ? `${heading}\n${assessment.plan.note}` : heading),
  ];
  const reasons = reasonOnce();
  for (const suggestion of suggestions) {
    const why = reasons(suggestion.why, suggestion.evidence.length > 0);
    blocks.push(
      section(
        `*${ACTION_LABELS[suggestion.action]}: ${suggestion.roleName}* (${suggestionScope(suggestion, assessment)})${why ? `\n${why.trimStart()}` : ''}`,
      ),
    );
    if (suggestion.evidence.length > 0) blocks.push(evidenceContext(suggestion.evidence));
  }
  return packIntoMessages(blocks, (part, parts) =>
    suggestions.length === 0
      ? 'Build, hire or augment: nothing to fill.'
      : `Build, hire or augment${parts > 1 ? ` (part ${part} of ${parts})` : ''}: ${suggestions.map((s) => `${ACTION_LABELS[s.action]} ${s.roleName}`).join('; ')}.`,
  );
}

function readinessReply(assessment: Assessment): SlackMessage[] {
  const { readiness, stage } = assessment;
  if (!readiness.nextStage) {
    const text = `*Next-stage readiness:* ${stage.name} is the last stage in the playbook.`;
    return [{ text: `Next-stage readiness: ${stage.name} is the last stage.`, blocks: [section(text)] }];
  }
  const met = readiness.items.filter((item) => item.met).length;
  const lines = readiness.items.map(
    (item) => `${item.met ? ':white_check_mark:' : ':white_large_square:'} ${item.text}`,
  );
  return packIntoMessages(
    [
      section(
        `*Before moving to ${readiness.nextStage.name.toLowerCase()}*: ${met} of ${readiness.items.length} in place.`,
      ),
      section(lines.join('\n')),
    ],
    () =>
      `Next-stage readiness: ${met} of ${readiness.items.length} in place for ${readiness.nextStage?.name.toLowerCase()}.`,
  );
}

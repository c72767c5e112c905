import type { ActionsBlock, KnownBlock, TableBlock } from '@slack/types';
import { type Assessment, type Changes, countNoun, listInWords, type Playbook } from '../../advisor/index.js';
import {
  gridNotes,
  gridTableRows,
  headcountSentence,
  quietSeatsLine,
  readinessSummary,
  SEVERITY_LABELS,
  saysNextStage,
  stageSentence,
  suggestionLines,
} from '../../render/labels.js';
import { describeChanges, slackDate } from './changes.js';
import { escapeUserText } from './escape.js';
import { PHONE, packIntoMessages, phoneLines, type SlackMessage, wordsShown } from './limits.js';
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
  /** The answer's messages are being updated in place, now: said first, since Slack marks no edit. */
  updatedAt?: Date;
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

/**
 * The channel message: read on a phone, so short. The team's name once (in the header), the stage and size on
 * one line, the lead, and the most pressing stall point's facts; everything else is in the thread.
 */
function parentMessage(assessment: Assessment, team: string, options: AnswerOptions): SlackMessage {
  const stage = stageSentence(assessment);
  const top = assessment.stallPoints[0];
  // A lead naming the top stall point is followed by its facts; a lead about the move stands alone.
  const topLine =
    top && !assessment.profile.headingToNext
      ? `*${assessment.lead}*\n${SEVERITY_LABELS[top.severity]}: ${top.what}`
      : `*${assessment.lead}*`;
  // Answers that look like another stage say so in the channel too, in one line: the text answer's hint.
  const hint = assessment.headcount.stageHint;
  const hintLine =
    hint && !assessment.lead.includes('looks more like')
      ? `The team looks more like a ${hint.looksLikeName.toLowerCase()} team than a ${assessment.stage.name.toLowerCase()} one.`
      : null;
  const compose = (withHint: boolean): KnownBlock[] => [
    ...(options.notice ? [section(options.notice)] : []),
    header(assessment.profile.name ? `AI team assessment: ${assessment.profile.name}` : 'AI team assessment'),
    context(`${stage} · ${headcountSentence(assessment)} · asked by <@${options.userId}>`),
    section(topLine),
    ...(withHint && hintLine ? [context(hintLine)] : []),
    ...(options.sinceLast ? [section(sinceLastLine(options.sinceLast, options.playbook))] : []),
    context(
      `In the thread: ${listInWords([
        'the role grid',
        // "0 stall points" is a count of nothing: the thread reply says none were found.
        ...(assessment.stallPoints.length > 0
          ? [countNoun(assessment.stallPoints.length, 'stall point')]
          : []),
        'what to build, hire or augment',
        ...(saysNextStage(assessment) ? ['readiness'] : []),
      ])}.`,
    ),
    answerActions(options.editValue, options.channelId),
  ];
  // The hint is the first thing left out when the message would no longer read on a phone.
  const withHint = compose(true);
  const blocks = wordsShown(withHint) < PARENT_MAX_WORDS ? withHint : compose(false);
  const text = `${ANSWER_TEXT_START}${team}: ${stage}, ${countNoun(assessment.headcount.total, 'person', 'people')} (band ${assessment.headcount.band.label}). ${assessment.lead}`;
  return { text, blocks };
}

/** The channel message is read on a phone: it stays under this many words. */
const PARENT_MAX_WORDS = 80;

function sinceLastLine(sinceLast: SinceLast, playbook: Playbook): string {
  const changes = describeChanges(sinceLast.changes, playbook);
  const what =
    changes.length > 0 ? changes.join(' · ') : 'no change in stage, headcount, gaps or stall points';
  const updated = sinceLast.updatedAt ? `*Updated ${slackDate(sinceLast.updatedAt)}.* ` : '';
  return `${updated}*Since the last assessment* (${slackDate(sinceLast.at)}): ${what}.`;
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

/** Role and seat levels wrap; the people count aligns right; the status wraps. */
function gridTable(assessment: Assessment): TableBlock {
  const rows = gridTableRows(assessment);
  const levels = (rows[0]?.length ?? 4) - 3;
  const columns: TableBlock['column_settings'] = [
    { is_wrapped: true },
    ...Array.from({ length: levels }, () => ({ is_wrapped: true })),
    { align: 'right' },
    { is_wrapped: true },
  ];
  return tableBlock(rows, columns);
}

function gridReply(assessment: Assessment): SlackMessage[] {
  let gaps = 0;
  for (const row of assessment.grid) if (row.toFill.now + row.toFill.beforeNext > 0) gaps += 1;
  const notes = gridNotes(assessment);
  const quiet = quietSeatsLine(assessment);
  return packIntoMessages(
    [
      section(`*Role grid* for the ${assessment.stage.name.toLowerCase()} stage`),
      gridTable(assessment),
      ...(quiet ? [context(quiet)] : []),
      ...(notes.length > 0 ? [section(notes.map((note) => `• ${note}`).join('\n'))] : []),
    ],
    () =>
      `Role grid: ${gaps === 0 ? 'no seat' : countNoun(gaps, 'seat')} to fill${assessment.profile.headingToNext && assessment.nextStage ? ` before ${assessment.nextStage.name.toLowerCase()}` : ` at the ${assessment.stage.name.toLowerCase()} stage`}.`,
  );
}

/**
 * The stall points, most severe first, over as many replies as keep each to about 40 lines on a phone
 * (PHONE.replyLines): a reply ends before the point that would take it over.
 */
function stallPointReply(assessment: Assessment): SlackMessage[] {
  const points = assessment.stallPoints;
  if (points.length === 0) {
    return [{ text: 'No likely stall points.', blocks: [section('*Likely stall points:* none found.')] }];
  }
  const heading = (label: string) => section(`*Likely stall points*, most severe first${label}`);
  const budget = PHONE.replyLines - phoneLines([heading(' (9 of 9)')]);
  const parts: { points: typeof points; blocks: KnownBlock[] }[] = [];
  let lines = 0;
  for (const point of points) {
    const blocks: KnownBlock[] = [
      section(
        `*${SEVERITY_LABELS[point.severity]}: ${point.title}.* ${point.what} ${point.why}\n*Fix:* ${point.fix}`,
      ),
      ...(point.evidence.length > 0 ? [evidenceContext(point.evidence)] : []),
    ];
    const cost = phoneLines(blocks);
    const last = parts.at(-1);
    if (last && lines + cost <= budget) {
      last.points.push(point);
      last.blocks.push(...blocks);
      lines += cost;
    } else {
      parts.push({ points: [point], blocks });
      lines = cost;
    }
  }
  return parts.flatMap((part, index) => {
    const label = parts.length > 1 ? ` (${index + 1} of ${parts.length})` : '';
    return packIntoMessages(
      [heading(label), ...part.blocks],
      () => `Likely stall points${label}: ${part.points.map((p) => p.title).join('; ')}.`,
    );
  });
}

function suggestionReply(assessment: Assessment): SlackMessage[] {
  const lines = suggestionLines(assessment);
  const heading =
    lines.length === 0
      ? '*Build, hire or augment:* nothing to fill or convert.'
      : `*Build, hire or augment* (${countNoun(lines.length, 'seat')})`;
  const blocks: KnownBlock[] = [
    section(assessment.plan.note ? `${heading}\n${assessment.plan.note}` : heading),
  ];
  for (const line of lines) {
    const why = line.reasons.join(' ');
    blocks.push(section(`*${line.roleName}*: ${line.actions}.${why ? `\n${why}` : ''}`));
    if (line.evidence.length > 0) blocks.push(evidenceContext(line.evidence));
  }
  return packIntoMessages(blocks, (part, parts) =>
    lines.length === 0
      ? 'Build, hire or augment: nothing to fill or convert.'
      : `Build, hire or augment${parts > 1 ? ` (part ${part} of ${parts})` : ''}: ${lines.map((l) => `${l.roleName}: ${l.actions}`).join('; ')}.`,
  );
}

function readinessReply(assessment: Assessment): SlackMessage[] {
  const { readiness, stage, profile } = assessment;
  if (!readiness.nextStage) {
    const text = `*Next stage:* none; ${stage.name.toLowerCase()} is the last stage.`;
    return [{ text: `Next stage: ${stage.name} is the last stage.`, blocks: [section(text)] }];
  }
  // A team that looks like an earlier stage settles that first (the parent says which it looks like).
  if (!saysNextStage(assessment)) return [];
  const next = readiness.nextStage.name.toLowerCase();
  const met = readiness.items.filter((item) => item.met).length;
  if (!profile.headingToNext) {
    const summary = readinessSummary(readiness);
    // Called what the parent promises ("readiness"), in one line for a team staying put.
    return [{ text: summary, blocks: [section(`*Readiness.* ${summary}`)] }];
  }
  // Marked in words as well as symbols: a screen reader, or a reader who skips emoji, gets the same list.
  const lines = readiness.items.map(
    (item) =>
      `${item.met ? ':white_check_mark: In place:' : ':white_large_square: Missing:'} ${item.met ? item.name : item.text}`,
  );
  return packIntoMessages(
    [
      section(`*Before moving to ${next}*: ${met} of ${readiness.items.length} in place.`),
      section(lines.join('\n')),
    ],
    () => `Readiness: ${met} of ${readiness.items.length} in place for ${next}.`,
  );
}

import type { ContextBlock, ImageBlock, KnownBlock } from '@slack/types';
import {
  companySeatText,
  planHeadline,
  planNotes,
  planTotalsText,
  sameAgeText,
  sharedSeatAdvice,
  sharingNote,
  type TeamNamer,
} from '../../advisor/company-plan/plan-wording.js';
import type { CompanyPlan, CompanySeat, PlanTeam, SharedSeat } from '../../advisor/index.js';
import { countNoun } from '../../advisor/index.js';
import { MAIN_MESSAGE_WORDS, teamEntry } from '../../render/plan-document.js';
import { encodeEditValue } from '../questionnaire/edit-value.js';
import { EDIT_ANSWERS_ACTION_ID } from './answer-messages.js';
import { truncate } from './escape.js';
import { LIMITS, packIntoMessages, type SlackMessage } from './limits.js';
import { context, header, plain, section } from './text.js';

/** The button (App Home) that sends the whole plan by DM. */
export const PLAN_BY_DM_ACTION_ID = 'plan_by_dm';

/** The picture, as the first message shows it: by its uploaded file's id, or a word that it is missing. */
export type PictureInMessage =
  | { kind: 'shown'; fileId: string; altText: string }
  | { kind: 'failed' }
  | { kind: 'none' };

export const PICTURE_FAILED_TEXT =
  'The picture of the plan could not be made this time; everything it would show is in the lines below.';

/** Where the plan reached its team limit: said in the plan, so no team is left out silently. */
export function leftOutText(cutAt: number): string {
  return `The plan reads the ${countNoun(cutAt, 'most recently assessed team')} of the workspace; older ones are left out.`;
}

/** Teams the reader may not see (private channels they are not in, not shared): counted, never named. */
export function unsharedText(unshared: number): string {
  return `${countNoun(unshared, 'team')} in private channels not shared: only their channels' members see them in the plan.`;
}

/** What the plan leaves out for this reader, in small print: teams past the limit, unshared private teams. */
function coverageNotes(cutAt: number | undefined, unshared = 0): ContextBlock[] {
  return [
    ...(cutAt === undefined ? [] : [context(leftOutText(cutAt))]),
    ...(unshared > 0 ? [context(unsharedText(unshared))] : []),
  ];
}

/** What the plan's Slack messages need beyond the plan itself. */
export interface PlanMessageOptions {
  /** Whether the reader may post this team's re-assessment (a channel they are in, or their own DM). */
  mayReassess: (team: PlanTeam) => boolean;
  /** The team limit, when the plan reached it. */
  cutAt?: number | undefined;
  /** Teams of private channels the reader is not in, not shared with the plan. */
  unshared?: number;
}

export function planTitle(plan: CompanyPlan): string {
  return `Hiring plan across ${countNoun(plan.totals.teams, 'team')}`;
}

/**
 * The plan as DMs: first the main message, short enough to forward (headline, picture, totals, the steps in
 * order), then the details: each shared platform or function in full, and one line per team, most pressing
 * first, in as many messages as needed (50 blocks and 4,000 characters each, to read on a phone). A stale team's
 * line has Re-assess, the Edit answers button, where the reader may post its answer: the questionnaire opens
 * with its answers and answers in its channel.
 */
export function planMessages(
  plan: CompanyPlan,
  nameOf: TeamNamer,
  picture: PictureInMessage,
  options: PlanMessageOptions,
): SlackMessage[] {
  const headline = planHeadline(plan, nameOf);
  const top: KnownBlock[] = [
    header(planTitle(plan)),
    section(headline),
    ...coverageNotes(options.cutAt, options.unshared),
    ...pictureBlocks(picture),
    ...totalsBlocks(plan),
  ];
  const notes = notesBlocks(plan, nameOf);
  // The main message stays short enough to forward: the steps that fit, the rest with the details.
  const budget = MAIN_MESSAGE_WORDS - wordsIn(top) - wordsIn(notes) - 20;
  const lines = plan.seats.map((seat) => section(seatLine(seat, plan, nameOf)));
  let shown = 0;
  let used = wordsIn([section('*Steps, in the order to take them*')]);
  while (shown < lines.length && used + wordsIn([lines[shown] as KnownBlock]) <= budget) {
    used += wordsIn([lines[shown] as KnownBlock]);
    shown += 1;
  }
  const rest = lines.slice(shown);
  const steps =
    lines.length === 0
      ? []
      : [
          section('*Steps, in the order to take them*'),
          ...lines.slice(0, shown),
          ...(rest.length > 0
            ? [context(`${countNoun(rest.length, 'more step')} in the details below.`)]
            : []),
        ];
  const overview = packIntoMessages(
    [...top, ...steps, ...notes],
    (part) => (part === 1 ? truncate(headline, 3000) : `${planTitle(plan)} (continued)`),
    LIMITS.readableMessageText,
  );
  const details = packIntoMessages(
    [
      ...(rest.length > 0 ? [section('*More steps*'), ...rest] : []),
      ...sharedBlocks(plan.shared, nameOf),
      section('*Teams, most pressing first*'),
      ...plan.teams.map((team) =>
        teamLine(team, plan, nameOf, options.mayReassess(team), sameAgeText(plan) === null),
      ),
      ...(sharingNote(plan) && plan.shared.length > 0 ? [context(sharingNote(plan) as string)] : []),
    ],
    (part, parts) => `${planTitle(plan)}: the details, part ${part} of ${parts}`,
    LIMITS.readableMessageText,
  );
  return [...overview, ...details];
}

export { MAIN_MESSAGE_WORDS };

/** Words Slack shows in some blocks (section and context text, headers). */
export function wordsIn(blocks: readonly KnownBlock[]): number {
  const texts: string[] = [];
  type Shown = { text?: { text?: string } | string; elements?: Shown[] };
  for (const block of blocks as readonly Shown[]) {
    if (typeof block.text === 'object' && block.text.text) texts.push(block.text.text);
    for (const element of block.elements ?? [])
      if (typeof element.text === 'string') texts.push(element.text);
  }
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}

/** The people by how they come in, and headcount before and after. */
function totalsBlocks(plan: CompanyPlan): KnownBlock[] {
  if (plan.teams.length === 0) return [];
  const sameAge = sameAgeText(plan);
  return [context([...planTotalsText(plan), ...(sameAge ? [sameAge] : [])].join(' '))];
}

/** The first message's blocks again, without the picture: for when Slack refuses the image block. */
export function withoutPicture(message: SlackMessage, notice: string): SlackMessage {
  return {
    text: message.text,
    blocks: message.blocks.map((block) => (block.type === 'image' ? context(notice) : block)),
  };
}

export function pictureBlocks(picture: PictureInMessage): KnownBlock[] {
  if (picture.kind === 'failed') return [context(PICTURE_FAILED_TEXT)];
  if (picture.kind === 'none') return [];
  const image: ImageBlock = {
    type: 'image',
    slack_file: { id: picture.fileId },
    alt_text: truncate(picture.altText, 2000),
  };
  return [image];
}

function notesBlocks(plan: CompanyPlan, nameOf: TeamNamer): KnownBlock[] {
  const notes = planNotes(plan, nameOf);
  return notes.length > 0 ? [context(...notes)] : [];
}

export function seatBlocks(plan: CompanyPlan, nameOf: TeamNamer): KnownBlock[] {
  if (plan.seats.length === 0) return [];
  return [
    section('*Steps, in the order to take them*'),
    ...plan.seats.map((seat) => section(seatLine(seat, plan, nameOf))),
  ];
}

/** The plan's wording names the first few teams of a long list and counts the rest; the team lines name all. */
export function seatLine(seat: CompanySeat, plan: Pick<CompanyPlan, 'shared'>, nameOf: TeamNamer): string {
  return `${seat.rank}. ${companySeatText(seat, plan, nameOf)}`;
}

export function sharedBlocks(shared: readonly SharedSeat[], nameOf: TeamNamer): KnownBlock[] {
  if (shared.length === 0) return [];
  return [section('*Shared seats, in detail*'), ...shared.map((seat) => section(sharedLine(seat, nameOf)))];
}

function sharedLine(seat: SharedSeat, nameOf: TeamNamer): string {
  const advice = sharedSeatAdvice(seat, nameOf);
  // A title that names a team already has that name in bold; bold around it would break the markup.
  const title = advice.title.includes('*') ? advice.title : `*${advice.title}*`;
  return `${title}\n${advice.text}`;
}

/**
 * One team: the plan document's entry, with Re-assess when its answers are stale and the reader may post the
 * re-assessment. A reader who may not (an admin seeing a channel they are not in) is told who can.
 */
export function teamLine(
  team: PlanTeam,
  plan: Pick<CompanyPlan, 'shared'>,
  nameOf: TeamNamer,
  reassess: boolean,
  sayAge = true,
): KnownBlock {
  const entry = `${team.rank}. ${teamEntry(team, plan, nameOf, sayAge)}`;
  if (!team.stale || !team.channelId) return section(entry);
  if (!reassess) return section(`${entry}\n${notYoursToReassess(team.channelId)}`);
  return {
    ...section(entry),
    accessory: {
      type: 'button',
      action_id: EDIT_ANSWERS_ACTION_ID,
      text: plain('Re-assess'),
      value: encodeEditValue({ channelId: team.channelId, profile: team.profile }),
    },
  };
}

export function notYoursToReassess(channelId: string): string {
  return `A member of <#${channelId}> can re-assess it there.`;
}

/** Steps App Home shows; the DM has them all. */
const HOME_SEATS = 3;

export const HOME_NO_TEAMS_TEXT =
  "No team you can see has been assessed yet. Run `/aiteam` in a team's channel, and the plan across your teams shows here.";

/**
 * App Home's "Hiring plan" section: the headline, the totals, the picture, the first few steps, and a button
 * for the whole plan by DM. At most about 10 blocks, so Home stays within its 100.
 */
export function homePlanBlocks(
  plan: CompanyPlan | undefined,
  nameOf: TeamNamer,
  picture: PictureInMessage,
  cutAt?: number,
  unshared = 0,
): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: 'divider' }, section('*Hiring plan across your teams*')];
  const leftOut = coverageNotes(cutAt, unshared);
  if (!plan) return [...blocks, context(HOME_NO_TEAMS_TEXT), ...leftOut];
  blocks.push(
    section(planHeadline(plan, nameOf)),
    ...leftOut,
    ...pictureBlocks(picture),
    ...totalsBlocks(plan),
  );
  const seats = plan.seats.slice(0, HOME_SEATS).map((seat) => section(seatLine(seat, plan, nameOf)));
  if (seats.length > 0) blocks.push(section('*First steps*'), ...seats);
  const more = plan.seats.length - seats.length;
  blocks.push(
    context(
      `${more > 0 ? `${countNoun(more, 'more step')} and ` : ''}a line for each of the ${countNoun(plan.totals.teams, 'team')} in the full plan.`,
    ),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: PLAN_BY_DM_ACTION_ID,
          text: plain('Send me the full plan'),
        },
      ],
    },
  );
  return blocks;
}

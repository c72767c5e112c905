import {
  companySeatText,
  PLAN_URGENCY_WORDS,
  planHeadline,
  planNotes,
  planTotalsText,
  sameAgeText,
  sharedSeatAdvice,
  sharingNote,
  type TeamNamer,
  teamAgeText,
  teamHeadcountText,
  teamSeatsText,
  teamServesText,
  teamStageText,
  teamStallsText,
} from '../advisor/company-plan/plan-wording.js';
import { type CompanyPlan, countNoun, type PlanTeam } from '../advisor/index.js';
import type { Doc } from './document.js';

/** The main message's length limit, in words, as in Slack: a plan a VP forwards as it is. */
export const MAIN_MESSAGE_WORDS = 400;

const wordCount = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

/**
 * The hiring plan laid out once for the terminal, Markdown and the Slack export: the main message (headline,
 * totals, the steps in order, under `MAIN_MESSAGE_WORDS` words: steps that do not fit follow it, first of the
 * details), then the details (the shared platforms and functions, one entry per team).
 */
export function planDocument(plan: CompanyPlan, nameOf: TeamNamer): Doc {
  const title = `Hiring plan across ${countNoun(plan.totals.teams, 'team')}`;
  const headline = planHeadline(plan, nameOf);
  const doc: Doc = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: headline },
  ];
  // Every team assessed the same day (a folder of files, say): said once, not on every team's line.
  const sameAge = sameAgeText(plan);
  const totals = plan.teams.length > 0 ? [...planTotalsText(plan), ...(sameAge ? [sameAge] : [])] : [];
  if (totals.length > 0) doc.push({ kind: 'list', items: totals });
  const notes = planNotes(plan, nameOf);
  const stepsTitle = 'Steps, in the order to take them';
  const steps = plan.seats.map((seat) => companySeatText(seat, plan, nameOf));
  // The steps that fit the main message, with room for the line that says how many more follow.
  const budget = MAIN_MESSAGE_WORDS - wordCount([title, headline, ...totals, ...notes, stepsTitle]) - 10;
  let shown = 0;
  let used = 0;
  while (shown < steps.length && used + wordCount([steps[shown] as string]) <= budget) {
    used += wordCount([steps[shown] as string]);
    shown += 1;
  }
  const more = steps.slice(shown);
  if (steps.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: stepsTitle },
      {
        kind: 'list',
        items: [
          ...steps.slice(0, shown),
          ...(more.length > 0 ? [`${countNoun(more.length, 'more step')} in the details below.`] : []),
        ],
      },
    );
  }
  if (notes.length > 0) doc.push({ kind: 'paragraph', text: notes.join(' ') });
  if (more.length > 0)
    doc.push({ kind: 'heading', level: 2, text: 'More steps' }, { kind: 'list', items: more });
  if (plan.shared.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: 'Shared seats, in detail' },
      {
        kind: 'list',
        items: plan.shared.map((seat) => {
          const advice = sharedSeatAdvice(seat, nameOf);
          return `${advice.title}\n${advice.text}`;
        }),
      },
    );
  }
  if (plan.teams.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: 'Teams, most pressing first' },
      { kind: 'list', items: plan.teams.map((team) => teamEntry(team, plan, nameOf, sameAge === null)) },
    );
  }
  const footnote = sharingNote(plan);
  if (footnote) doc.push({ kind: 'paragraph', text: footnote });
  return doc;
}

/** A team's entry: where it stands, every stall point of its answer, what to fill, what it does for others. */
export function teamEntry(
  team: PlanTeam,
  plan: Pick<CompanyPlan, 'shared'> & Partial<Pick<CompanyPlan, 'roles'>>,
  nameOf: TeamNamer,
  sayAge = true,
): string {
  const serves = teamServesText(team, nameOf);
  return [
    `${nameOf(team.id)}: ${teamStageText(team)}, headcount ${teamHeadcountText(team)}; urgency: ${PLAN_URGENCY_WORDS[team.urgency]}`,
    `Stall points: ${teamStallsText(team)}`,
    `To fill: ${teamSeatsText(team, plan, nameOf)}`,
    ...(serves ? [serves] : []),
    ...(sayAge ? [`Assessed ${teamAgeText(team)}`] : []),
  ].join('\n');
}

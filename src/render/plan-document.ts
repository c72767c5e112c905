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

/**
 * The hiring plan laid out once for the terminal, Markdown and the Slack export: the main message (headline,
 * totals, the steps in order), then the details (the shared platforms and functions, one entry per team).
 */
export function planDocument(plan: CompanyPlan, nameOf: TeamNamer): Doc {
  const doc: Doc = [
    { kind: 'heading', level: 1, text: `Hiring plan across ${countNoun(plan.totals.teams, 'team')}` },
    { kind: 'paragraph', text: planHeadline(plan, nameOf) },
  ];
  // Every team assessed the same day (a folder of files, say): said once, not on every team's line.
  const sameAge = sameAgeText(plan);
  if (plan.teams.length > 0) {
    doc.push({ kind: 'list', items: [...planTotalsText(plan), ...(sameAge ? [sameAge] : [])] });
  }
  if (plan.seats.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: 'Steps, in the order to take them' },
      { kind: 'list', items: plan.seats.map((seat) => companySeatText(seat, plan, nameOf)) },
    );
  }
  const notes = planNotes(plan, nameOf);
  if (notes.length > 0) doc.push({ kind: 'paragraph', text: notes.join(' ') });
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
  plan: Pick<CompanyPlan, 'shared'>,
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

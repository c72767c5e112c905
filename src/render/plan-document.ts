import {
  companySeatText,
  PLAN_URGENCY_WORDS,
  planHeadline,
  planNotes,
  sharedSeatAdvice,
  type TeamNamer,
  teamAgeText,
  teamHeadcountText,
  teamSeatsText,
  teamStageText,
} from '../advisor/company-plan/plan-wording.js';
import type { CompanyPlan, PlanTeam } from '../advisor/index.js';
import { inSentence } from '../advisor/index.js';
import type { Doc } from './document.js';
import { SEVERITY_LABELS } from './labels.js';

/**
 * The hiring plan laid out once for the terminal, Markdown and the Slack export: the headline, the seats to
 * fill in order, the shared platforms and functions, then one entry per team.
 */
export function planDocument(plan: CompanyPlan, nameOf: TeamNamer): Doc {
  const doc: Doc = [
    { kind: 'heading', level: 1, text: `Hiring plan across ${teamsWord(plan.totals.teams)}` },
    { kind: 'paragraph', text: planHeadline(plan, nameOf) },
  ];
  const notes = planNotes(plan);
  if (notes.length > 0) doc.push({ kind: 'list', items: notes });
  if (plan.seats.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: 'Seats to fill, in the order to fill them' },
      { kind: 'list', items: plan.seats.map((seat) => companySeatText(seat, nameOf)) },
    );
  }
  if (plan.shared.length > 0) {
    doc.push(
      { kind: 'heading', level: 2, text: 'Fill once for several teams' },
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
      { kind: 'list', items: plan.teams.map((team) => teamEntry(team, nameOf)) },
    );
  }
  return doc;
}

function teamsWord(count: number): string {
  return count === 1 ? '1 team' : `${count} teams`;
}

/** A team's entry: where it stands, what stalls it, what to fill and how old the answers are. */
export function teamEntry(team: PlanTeam, nameOf: TeamNamer): string {
  const stall = team.topStall
    ? `${team.topStall.title} (${SEVERITY_LABELS[team.topStall.severity].toLowerCase()})`
    : 'none';
  return [
    `${nameOf(team.id)}: ${teamStageText(team)}, headcount ${teamHeadcountText(team)}`,
    `Most severe stall point: ${stall}`,
    team.seats.length > 0
      ? `To fill: ${teamSeatsText(team)}; urgency: ${PLAN_URGENCY_WORDS[team.urgency]}`
      : `To fill: ${inSentence(teamSeatsText(team))}`,
    `Assessed ${teamAgeText(team)}`,
  ].join('\n');
}

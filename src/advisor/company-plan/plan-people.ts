import type { ActionCounts, CompanyPlan, PlanTeam, SharedSeat } from './company-plan.js';
import { inThisPlan, sharedSeatPeople } from './plan-hiring.js';

const add = (a: ActionCounts, b: ActionCounts): ActionCounts => ({
  hires: a.hires + b.hires,
  contractors: a.contractors + b.contractors,
  upskilled: a.upskilled + b.upskilled,
  conversions: a.conversions + b.conversions,
});
const NONE: ActionCounts = { hires: 0, contractors: 0, upskilled: 0, conversions: 0 };

/**
 * A team's people in the plan, by how they come in: its own seats that no shared seat fills, plus the people of
 * every shared platform or function it runs (they join its headcount). Seats kept out of the plan (a stale
 * team's, see `PlanTeam.pending`, and those for a move not planned, `at_next_stage`) count nowhere.
 */
export function teamPeople(plan: CompanyPlan, team: PlanTeam): ActionCounts {
  let people = NONE;
  for (const seat of team.seats) {
    if (seat.shared || !inThisPlan(seat) || seat.action === 'none') continue;
    const field = (
      { hire: 'hires', augment: 'contractors', build: 'upskilled', convert: 'conversions' } as const
    )[seat.action];
    people = { ...people, [field]: people[field] + seat.people };
  }
  for (const seat of plan.shared) {
    if (seat.runBy?.teamId === team.id) people = add(people, sharedSeatPeople(seat));
  }
  return people;
}

/** Shared platforms and functions no team runs, with people to add: each is a row of its own. */
export function unrunSharedSeats(plan: CompanyPlan): SharedSeat[] {
  return plan.shared.filter((seat) => seat.runBy === null && seat.toAdd > 0);
}

/**
 * The plan's people added up row by row (every team, then each shared seat no team runs): the sums the teams
 * CSV and the picture's legend show, which must equal the plan's totals.
 */
export function peopleByRows(plan: CompanyPlan): ActionCounts {
  const teams = plan.teams.reduce((sum, team) => add(sum, teamPeople(plan, team)), NONE);
  return unrunSharedSeats(plan).reduce((sum, seat) => add(sum, sharedSeatPeople(seat)), teams);
}

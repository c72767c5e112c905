import { planHeadline } from '../../advisor/company-plan/plan-wording.js';
import type { CompanyPlan } from '../../advisor/index.js';
import { plainTeamNamer } from '../plan/plan-teams.js';

/** What "Send the hiring plan" hands to the next steps, named as the manifest's `output_parameters`. */
export type PlanOutputs = {
  teams: number;
  new_people: number;
  people_to_fill_now: number;
  people_before_moves: number;
  shared_platforms: number;
  headline: string;
};

/**
 * The plan's totals and its headline in plain text (a later step may post it anywhere, so team names are
 * not Slack links). The counts are the headline's: `new_people` is the number of new people it states
 * (full-time hires and contractors), split into those for the stages teams are at now and those before
 * their moves; people already here (upskilled, or lent by other teams) are not new people. No plan: the
 * person can see no assessed team, and `noTeams` says so.
 */
export function planOutputs(plan: CompanyPlan | undefined, noTeams: string): PlanOutputs {
  if (!plan) {
    return {
      teams: 0,
      new_people: 0,
      people_to_fill_now: 0,
      people_before_moves: 0,
      shared_platforms: 0,
      headline: noTeams,
    };
  }
  let now = 0;
  let beforeMoves = 0;
  for (const step of plan.seats) {
    const added = step.people.hires + step.people.contractors;
    if (step.when === 'before_move') beforeMoves += added;
    else now += added;
  }
  return {
    teams: plan.totals.teams,
    new_people: plan.totals.newPeople,
    people_to_fill_now: now,
    people_before_moves: beforeMoves,
    shared_platforms: plan.shared.length,
    headline: planHeadline(plan, plainTeamNamer(plan)),
  };
}

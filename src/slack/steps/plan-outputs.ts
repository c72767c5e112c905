import { planHeadline } from '../../advisor/company-plan/plan-wording.js';
import type { CompanyPlan } from '../../advisor/index.js';
import { plainTeamNamer } from '../plan/plan-teams.js';

/** What "Send the hiring plan" hands to the next steps, named as the manifest's `output_parameters`. */
export type PlanOutputs = {
  teams: number;
  people_to_fill_now: number;
  people_before_moves: number;
  shared_platforms: number;
  headline: string;
};

/**
 * The plan's totals and its headline in plain text (a later step may post it anywhere, so team names are
 * not Slack links). No plan: the person can see no assessed team, and `noTeams` says so.
 */
export function planOutputs(plan: CompanyPlan | undefined, noTeams: string): PlanOutputs {
  if (!plan) {
    return {
      teams: 0,
      people_to_fill_now: 0,
      people_before_moves: 0,
      shared_platforms: 0,
      headline: noTeams,
    };
  }
  return {
    teams: plan.totals.teams,
    people_to_fill_now: plan.totals.peopleNow,
    people_before_moves: plan.totals.peopleBeforeNext,
    shared_platforms: plan.shared.length,
    headline: planHeadline(plan, plainTeamNamer(plan)),
  };
}

import type { StallId, StallPoint } from '../assessment.js';
import type { Seats } from '../grid.js';
import type { TeamContext } from '../team-context.js';

/**
 * One pattern from the playbook that stalls teams: silent unless the team shows it. Rules read the seat
 * verdicts (never recount seats their own way), so a stall point cannot contradict the grid.
 */
export interface StallRule {
  id: StallId;
  evaluate(team: TeamContext, seats: Seats): Omit<StallPoint, 'id'> | null;
}

/** "before the move to production" for a team heading there, "at the production stage" otherwise. */
export function whenNeeded(team: TeamContext, neededNow: boolean): string {
  const heading = team.headingTo;
  return !neededNow && heading
    ? `before the move to ${team.stageWord(heading)}`
    : `at the ${team.stageWord()} stage`;
}

import type { StallId, StallPoint } from '../assessment.js';
import type { TeamContext } from '../team-context.js';

/** One pattern from the playbook that stalls teams: silent unless the team shows it. */
export interface StallRule {
  id: StallId;
  evaluate(team: TeamContext): Omit<StallPoint, 'id'> | null;
}

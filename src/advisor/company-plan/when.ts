import type { Suggestion } from '../assessment.js';
import type { Urgency } from '../playbook/ids.js';
import { WHENS, type When } from './company-plan.js';

/**
 * When a seat is needed: one for the next stage before the move, or, for a team not heading there, when it
 * does (its own answer: "when the team heads for Scale"); one for the stage the team is at as soon as the team
 * said it needs people (within weeks, this quarter, or with no rush).
 */
export function whenNeeded(timing: Suggestion['timing'], urgency: Urgency, heading = true): When {
  if (timing === 'before_next_stage') return heading ? 'before_move' : 'at_next_stage';
  return urgency === 'weeks' ? 'within_weeks' : urgency;
}

/** Earlier first: within weeks, this quarter, no rush, before the move, then at a move not planned yet. */
export function whenIndex(when: When): number {
  return WHENS.indexOf(when);
}

export function earliest(whens: readonly When[]): When {
  return whens.reduce<When>(
    (best, when) => (whenIndex(when) < whenIndex(best) ? when : best),
    'at_next_stage',
  );
}

import type { StallRule } from './rule.js';
import { whenNeeded } from './rule.js';

/** A stage that needs a security and governance seat (production on, or heading there) with nobody in it. */
export const noSecuritySeat: StallRule = {
  id: 'no_security_seat',
  evaluate(team) {
    if (team.count('security') > 0 || team.requiredBy('security') === 0) return null;
    const neededNow = team.requiredCount('security') > 0;
    const reviewed = team.has('security_review');
    return {
      severity: 'high',
      title: 'No security or governance seat',
      what:
        `Nobody owns data access, ${team.buildsOnFoundationModels ? 'prompt-injection defence, ' : ''}model risk or audits${neededNow ? '' : ` ${whenNeeded(team, neededNow)}`}` +
        (reviewed
          ? ': a review was done, but no one holds the seat.'
          : ', and no security review has been done.'),
      why: 'Waiting until an incident forces the seat is a common and costly mistake.',
      // At scale the playbook asks for a "Dedicated function": named as such, with no size it never gave.
      fix:
        team.level('security').label === 'Dedicated function'
          ? 'Set up a dedicated security and governance function, starting with one person now.'
          : neededNow
            ? 'Add a security and governance seat now.'
            : 'Add a security and governance seat now, not after launch.',
      evidence: team.movingIntoProduction ? team.cite('valueGap', 'production_seat') : [],
      seatsToFill: ['security'],
    };
  },
};

import { FIGURES } from '../evidence.js';
import { type StallRule, whenNeeded } from './rule.js';

/**
 * The seat hired too late: nobody operates the models once they meet real traffic. The playbook wants it the
 * moment a team heads for production, so a team heading there is held to it too.
 */
export const mlopsMissing: StallRule = {
  id: 'mlops_missing',
  evaluate(team, seats) {
    const seat = seats.get('mlops');
    if (!seat || seat.total > 0 || team.requiredBy('mlops') === 0) return null;
    const neededNow = team.requiredCount('mlops') > 0;
    const unmonitored = !team.has('monitoring');
    return {
      severity: neededNow ? 'critical' : 'high',
      title: 'Nobody runs the models in production',
      what:
        `No MLOps / LLMOps engineer ${whenNeeded(team, neededNow)}` +
        (unmonitored ? ', and no monitoring, versioning or drift checks.' : '.'),
      why:
        'Without someone who owns deployment, versions, monitoring, drift and rollback, a model that demoed ' +
        'well degrades quietly once real users arrive. It is the seat teams most often fill too late.',
      fix: neededNow
        ? 'Fill the MLOps / LLMOps seat before the next release.'
        : 'Fill the MLOps / LLMOps seat now, while the pilot is still a pilot.',
      evidence: [FIGURES.valueGap],
      seatsToFill: ['mlops'],
    };
  },
};

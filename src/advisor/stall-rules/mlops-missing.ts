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
      // A team not there yet has nobody lined up; "runs ... in production" would say it is there already.
      title: neededNow
        ? 'Nobody runs the models in production'
        : 'Nobody lined up to run the models in production',
      what:
        `No MLOps / LLMOps engineer${neededNow ? '' : ` ${whenNeeded(team, neededNow)}`}` +
        (unmonitored ? ', and no monitoring, versioning or drift checks.' : '.'),
      why: 'It is the seat most often filled too late; without it a model degrades quietly in front of users.',
      fix: neededNow
        ? 'Fill the MLOps / LLMOps seat before the next release.'
        : 'Fill the MLOps / LLMOps seat now, not on launch day.',
      evidence: team.movingIntoProduction ? team.cite('valueGap', 'production_seat') : [],
      seatsToFill: ['mlops'],
    };
  },
};

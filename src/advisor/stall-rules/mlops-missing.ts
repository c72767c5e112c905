import { FIGURES } from '../evidence.js';
import type { StallRule } from './rule.js';

/**
 * The seat hired too late: nobody operates the models once they meet real traffic. Fires where the playbook
 * makes the MLOps seat core (production on, by default), or where the team is heading to such a stage.
 */
export const mlopsMissing: StallRule = {
  id: 'mlops_missing',
  evaluate(team) {
    if (team.count('mlops') > 0) return null;
    const neededNow = team.requiredCount('mlops') > 0;
    if (!neededNow && !team.neededNext('mlops')) return null;
    const next = team.nextStage ? team.stageName(team.nextStage).toLowerCase() : '';
    return {
      severity: neededNow ? 'critical' : 'high',
      title: neededNow ? 'Nobody operates the models in production' : `Heading to ${next} with no MLOps seat`,
      what: neededNow
        ? `No MLOps or LLMOps engineer at the ${team.stageName().toLowerCase()} stage, where the seat is "${team.level('mlops').label}".`
        : `The team is about to move to ${next} and no one is staffed to run models there.`,
      why:
        'Without an owner for deployment, versioning, monitoring, drift and rollback, a model that demoed well ' +
        'degrades quietly once real users arrive. It is the seat teams most often fill too late, and a large ' +
        'part of why AI adoption runs far ahead of the value it returns.',
      fix:
        'Staff an MLOps / LLMOps engineer before the next release. Augmenting fills this specialist seat fastest ' +
        'while you decide whether to make it permanent.',
      evidence: [FIGURES.valueGap],
      seatsToFill: ['mlops'],
    };
  },
};

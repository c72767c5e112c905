import { FIGURES } from '../evidence.js';
import type { StallRule } from './rule.js';

/** The seat hired too late: nobody operates the models once they meet real traffic. */
export const mlopsMissing: StallRule = {
  id: 'mlops_missing',
  evaluate(team) {
    if (team.count('mlops') > 0) return null;
    const inProduction = team.isAtLeast('production');
    if (!inProduction && !team.isPilotHeadingToProduction) return null;
    return {
      severity: inProduction ? 'critical' : 'high',
      title: inProduction
        ? 'Nobody operates the models in production'
        : 'Heading to production with no MLOps seat',
      what: inProduction
        ? `No MLOps or LLMOps engineer at the ${team.stageName().toLowerCase()} stage.`
        : 'The pilot is about to go to production and no one is staffed to run models there.',
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

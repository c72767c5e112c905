import type { StallRule } from './rule.js';

/**
 * The MLOps seat is held but nothing watches the models: no monitoring, versioning or drift checks. (With
 * the seat empty, mlops-missing says so.)
 */
export const noMonitoring: StallRule = {
  id: 'no_monitoring',
  evaluate(team) {
    if (!team.lacks('monitoring') || team.count('mlops') === 0) return null;
    const atStage = team.expects('monitoring') && team.stage !== 'pilot';
    return {
      severity: atStage ? 'high' : 'medium',
      title: 'Models run unwatched',
      what: 'The MLOps seat is held, but there is no monitoring, versioning or drift checking yet.',
      why: 'Without them users find the regressions, and no version is known good to roll back to.',
      fix: 'Have the MLOps seat put monitoring, versions and drift alerts in place before the next release.',
      evidence: [],
      seatsToFill: [],
    };
  },
};

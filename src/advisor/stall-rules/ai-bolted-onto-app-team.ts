import { FIGURES } from '../evidence.js';
import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/** App engineers asked to "add AI" with no one whose job is the AI part. */
export const aiBoltedOntoAppTeam: StallRule = {
  id: 'ai_bolted_onto_app_team',
  evaluate(team) {
    const appEngineers = team.count('backend') + team.count('frontend_design');
    // With ML engineers on board the team has AI support, of the wrong kind: researchers-not-shippers covers it.
    if (team.requiredCount('ai_engineer') === 0) return null;
    if (team.count('ai_engineer') > 0 || team.count('ml_engineer') > 0 || appEngineers === 0) return null;
    return {
      severity: 'critical',
      title: 'AI bolted onto an app team',
      what: `${countNoun(appEngineers, 'app engineer')} (backend, frontend, design) and no AI engineer.`,
      why:
        'App engineers can call a model API, but nobody owns what makes an AI feature work: evals, model and ' +
        'prompt choices, latency and cost, and knowing when plain code is the better answer. Features ship, ' +
        'then quality drifts and nobody can tell.',
      fix:
        'Make an AI engineer your first specialist seat. The lead is worth a full-time hire; an augmented AI ' +
        'engineer can start while the search runs.',
      evidence: [FIGURES.engineersNotResearchers],
      seatsToFill: ['ai_engineer'],
    };
  },
};

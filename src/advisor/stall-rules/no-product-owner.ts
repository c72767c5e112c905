import type { StallRule } from './rule.js';

/** Nobody deciding which problems are worth solving and what success means. */
export const noProductOwner: StallRule = {
  id: 'no_product_owner',
  evaluate(team) {
    if (team.count('ai_pm') > 0 || team.requiredCount('ai_pm') === 0) return null;
    return {
      severity: 'high',
      title: 'No AI product owner',
      what: 'Nobody holds the AI product manager seat.',
      why:
        'Someone has to choose the problems, define what success means and decide where a human stays in the ' +
        'loop and how much error is acceptable. Without that owner, AI work drifts toward demos nobody asked for.',
      fix: 'Name an AI product manager: one of the two anchor seats worth a full-time hire.',
      evidence: [],
      seatsToFill: ['ai_pm'],
    };
  },
};

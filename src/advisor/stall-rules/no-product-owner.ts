import type { StallRule } from './rule.js';

/** Nobody deciding which problems are worth solving and what success means. */
export const noProductOwner: StallRule = {
  id: 'no_product_owner',
  evaluate(team) {
    if (team.count('ai_pm') > 0 || team.requiredBy('ai_pm') === 0) return null;
    return {
      severity: 'high',
      title: 'No AI product owner',
      what: 'Nobody holds the AI product manager seat.',
      why: 'Someone has to choose the problems, define success and decide how much error is acceptable and where a human stays in the loop; without them AI work drifts toward demos.',
      fix: 'Fill the AI product manager seat, one of the two anchor roles.',
      evidence: [],
      seatsToFill: ['ai_pm'],
    };
  },
};

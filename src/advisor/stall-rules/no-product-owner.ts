import type { StallRule } from './rule.js';

/** Nobody deciding which problems are worth solving and what success means. */
export const noProductOwner: StallRule = {
  id: 'no_product_owner',
  evaluate(team) {
    if (team.count('ai_pm') > 0 || team.requiredBy('ai_pm') === 0) return null;
    return {
      severity: 'high',
      title: 'No AI product owner',
      what: 'Nobody chooses the problems, defines success or sets how much error is acceptable.',
      why: 'Probabilistic systems force those trade-offs, so someone has to own them.',
      fix: 'Fill the AI product manager seat.',
      evidence: [],
      seatsToFill: ['ai_pm'],
    };
  },
};

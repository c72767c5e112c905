import type { StallRule } from './rule.js';

/** A team that trains or fine-tunes its own models with nobody whose job that is. */
export const customModelWithoutMlEngineer: StallRule = {
  id: 'custom_model_without_ml_engineer',
  evaluate(team) {
    if (!team.trainsOwnModels || team.count('ml_engineer') > 0) return null;
    return {
      severity: 'high',
      title: 'Custom models with no ML engineer',
      what: 'The team trains or tunes its own models, and nobody on it does that for a living.',
      why: 'Training and serving a model, and proving it beats a hosted one, is a job of its own.',
      fix: 'Fill the ML engineer seat, or build on hosted models until you can.',
      evidence: [],
      seatsToFill: ['ml_engineer'],
    };
  },
};

import type { StallRule } from './rule.js';

/**
 * The playbook's minimum pilot is an AI engineer, a backend or data engineer, and a product owner. Backend and
 * data work may be shared at that stage, but somebody has to do it: with neither seat held, the AI engineer
 * ends up building pipelines and plumbing instead of the product.
 */
export const noBackendOrDataEngineer: StallRule = {
  id: 'no_backend_or_data_engineer',
  evaluate(team) {
    if (team.count('backend') > 0 || team.count('data_engineer') > 0) return null;
    // Where either seat is core the grid already shows it as a gap; this covers stages where both may be shared.
    const bothShared =
      team.level('backend').need === 'shared' && team.level('data_engineer').need === 'shared';
    if (!bothShared) return null;
    return {
      severity: 'medium',
      title: 'Nobody on backend or data work',
      what: 'No backend engineer and no data engineer.',
      why:
        'Even a pilot needs someone besides the AI engineer to wire up retrieval, tools, data access and the ' +
        'service around the model. Without them the AI engineer does the plumbing, and the product waits.',
      fix: 'Add a backend or data engineer; at this stage the seat can be part-time, shared with another team.',
      evidence: [],
      seatsToFill: ['backend'],
    };
  },
};

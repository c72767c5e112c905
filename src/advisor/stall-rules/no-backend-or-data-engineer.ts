import type { StallRule } from './rule.js';

/**
 * The playbook's minimum pilot is an AI engineer, a backend or data engineer, and a product owner. Both seats
 * may be shared then, but one of them has to be held, or the AI engineer does the plumbing. (With data
 * scientists on the team, the data-engineering pattern says it.)
 */
export const noBackendOrDataEngineer: StallRule = {
  id: 'no_backend_or_data_engineer',
  evaluate(team, seats) {
    if (team.count('backend') > 0 || team.count('data_engineer') > 0 || team.count('data_scientist') > 0) {
      return null;
    }
    // Only where both seats may be shared (a pilot): elsewhere each is a core seat the grid asks for.
    if (team.level('backend').need !== 'shared' || team.level('data_engineer').need !== 'shared') return null;
    const backend = seats.get('backend');
    const data = seats.get('data_engineer');
    if (backend?.status !== 'gap' || (data?.status !== 'gap' && data?.status !== 'due_next')) return null;
    const seat = backend.toFill.now > 0 ? 'backend' : 'data_engineer';
    return {
      severity: 'medium',
      title: 'Nobody on backend or data work',
      what: 'Retrieval, tool calling, data access and the service around the model have no one of their own.',
      // Whoever leads the build does the plumbing: the ML engineer on a team that only trains its own models.
      why: team.buildsOnFoundationModels
        ? 'Otherwise the AI engineer does the plumbing instead of the product.'
        : 'Otherwise the ML engineers do the plumbing instead of the models.',
      fix: team.headingTo
        ? `Add a ${seat === 'backend' ? 'backend' : 'data'} engineer now; ${team.stageWord(team.headingTo)} needs both seats filled.`
        : 'Add one backend or data engineer; at this stage the seat can be part-time or shared with another team.',
      evidence: [],
      seatsToFill: [seat],
    };
  },
};

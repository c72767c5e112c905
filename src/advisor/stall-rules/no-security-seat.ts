import type { StallRule } from './rule.js';

/** A stage that needs a security and governance seat (production on, by default) without anyone in it. */
export const noSecuritySeat: StallRule = {
  id: 'no_security_seat',
  evaluate(team) {
    if (team.count('security') > 0 || team.requiredCount('security') === 0) return null;
    const reviewed = team.has('security_review');
    return {
      severity: 'high',
      title: 'No security or governance seat',
      what:
        `Nobody holds security, compliance or governance at the ${team.stageName().toLowerCase()} stage.` +
        (reviewed ? ' A security review exists, but no one owns the seat.' : ''),
      why:
        'In production the models see real data and real users: access control, prompt-injection defence, ' +
        'model risk and audit readiness need an owner. Teams that wait tend to add the seat only after an ' +
        'incident forces it.',
      fix: 'Add a security and governance seat now; a specialist can be augmented in while the role takes shape.',
      evidence: [],
      seatsToFill: ['security'],
    };
  },
};

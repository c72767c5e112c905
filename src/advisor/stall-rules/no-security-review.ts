import type { StallRule } from './rule.js';

/** The security seat is held, but nobody has reviewed the build, prompt injection included. */
export const noSecurityReview: StallRule = {
  id: 'no_security_review',
  evaluate(team) {
    if (!team.lacks('security_review') || team.count('security') === 0) return null;
    return {
      severity: 'medium',
      title: 'No security review yet',
      what: 'The security seat is held, but the build has not been reviewed, prompt injection included.',
      why: "Data access controls and prompt-injection defence are the seat's job, and unreviewed they are unchecked.",
      fix: 'Review the build before the next release, prompt injection and data access first.',
      evidence: [],
      seatsToFill: [],
    };
  },
};

import type { StallRule } from './rule.js';

/** The security seat is held, but nobody has reviewed the build, prompt injection included. */
export const noSecurityReview: StallRule = {
  id: 'no_security_review',
  evaluate(team) {
    if (!team.lacks('security_review') || team.count('security') === 0) return null;
    return {
      severity: 'medium',
      title: 'No security review yet',
      what: 'A security seat is held, but the build has not had a security review, prompt injection included.',
      why: 'Prompt injection, data leaks through retrieval and over-broad tool access are found by a review or by an attacker.',
      fix: 'Have the security seat review the build before the next release, prompt injection and data access first.',
      evidence: [],
      seatsToFill: [],
    };
  },
};

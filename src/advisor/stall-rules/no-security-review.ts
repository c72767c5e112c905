import type { StallRule } from './rule.js';

/** The security seat is held, but nobody has reviewed the build, prompt injection included. */
export const noSecurityReview: StallRule = {
  id: 'no_security_review',
  evaluate(team) {
    if (!team.lacks('security_review') || team.count('security') === 0) return null;
    // Prompt injection is a risk of products built on hosted language models; a team that only trains its own
    // models reviews data access and model risk, the rest of the seat's job.
    const hosted = team.buildsOnFoundationModels;
    return {
      severity: 'medium',
      title: 'No security review yet',
      what: 'The security seat is held, but the build has not been reviewed.',
      // The fix names what to look at first; the why does not name it again.
      why: 'Until someone does, nobody knows whether its access controls and defences hold.',
      fix: hosted
        ? 'Before the next release, have the security lead review the build, starting with prompt-injection defence and data access.'
        : 'Before the next release, have the security lead review the build, starting with data access and model risk.',
      evidence: [],
      seatsToFill: [],
    };
  },
};

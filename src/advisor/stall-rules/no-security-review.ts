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
      what: hosted
        ? 'The security seat is held, but the build has not been reviewed, prompt injection included.'
        : 'The security seat is held, but the build has not been reviewed.',
      why: hosted
        ? "Data access controls and prompt-injection defence are the seat's job, and unreviewed they are unchecked."
        : "Data access controls and model risk are the seat's job, and unreviewed they are unchecked.",
      fix: hosted
        ? 'Review the build before the next release, prompt injection and data access first.'
        : 'Review the build before the next release, data access and model risk first.',
      evidence: [],
      seatsToFill: [],
    };
  },
};

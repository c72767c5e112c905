import { FIGURES } from '../evidence.js';
import type { StallRule } from './rule.js';
import { whenNeeded } from './rule.js';

/** A stage that needs a security and governance seat (production on, or heading there) with nobody in it. */
export const noSecuritySeat: StallRule = {
  id: 'no_security_seat',
  evaluate(team) {
    if (team.count('security') > 0 || team.requiredBy('security') === 0) return null;
    const neededNow = team.requiredCount('security') > 0;
    const heading = team.headingTo;
    // The playbook adds it the moment a pilot heads for production, not at launch.
    const atOnce = heading !== null && team.playbook.stages[heading].fillOnceHeading.includes('security');
    const reviewed = team.has('security_review');
    return {
      severity: 'high',
      title: 'No security or governance seat',
      what:
        `Nobody holds security, compliance and governance ${whenNeeded(team, neededNow)}` +
        (reviewed
          ? '; a security review was done, but nobody owns what it found.'
          : ', and there has been no security review, prompt injection included.'),
      why:
        'Once real users and real data reach the models, access control, prompt-injection defence, model risk ' +
        'and audits need an owner. Teams that wait add the seat after an incident forces it.',
      fix: neededNow
        ? 'Add a security and governance seat now: real users and real data already reach the models.'
        : atOnce
          ? 'Add a security and governance seat now, while the pilot is still a pilot.'
          : 'Add a security and governance seat before launch.',
      evidence: [FIGURES.valueGap],
      seatsToFill: ['security'],
    };
  },
};

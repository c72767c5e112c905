import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * At scale, governance is a standing function, not one person. (No one at all is the no-security-seat
 * pattern, which is more severe.)
 */
export const noGovernanceFunction: StallRule = {
  id: 'no_governance_function',
  evaluate(team) {
    if (team.stage !== 'scale') return null;
    const people = team.count('security');
    const needed = team.requiredCount('security');
    if (people === 0 || people >= needed) return null;
    return {
      severity: 'medium',
      title: 'No dedicated governance function at scale',
      what: `${countNoun(people, 'person', 'people')} on security and governance; at scale the playbook calls for a dedicated function (at least ${needed}).`,
      why:
        'At scale many teams ship models against real data, and model risk, audits and access control become ' +
        'continuous work. A single person becomes the bottleneck every launch waits on.',
      fix: 'Grow security and governance into a function with its own people and mandate.',
      evidence: [],
      seatsToFill: ['security'],
    };
  },
};

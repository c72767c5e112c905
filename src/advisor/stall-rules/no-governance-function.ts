import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * Where the playbook wants governance as a dedicated function of several people (scale, by default), one
 * person is not enough. (No one at all is the no-security-seat pattern, which is more severe.)
 */
export const noGovernanceFunction: StallRule = {
  id: 'no_governance_function',
  evaluate(team) {
    const level = team.level('security');
    const needed = team.requiredCount('security');
    const people = team.count('security');
    if (!level.dedicated || needed < 2 || people === 0 || people >= needed) return null;
    return {
      severity: 'medium',
      title: 'No dedicated governance function',
      what: `${countNoun(people, 'person', 'people')} on security and governance; at the ${team.stageName().toLowerCase()} stage the playbook calls for a dedicated function (at least ${needed}).`,
      why:
        'At scale many teams ship models against real data, and model risk, audits and access control become ' +
        'continuous work. A single person becomes the bottleneck every launch waits on.',
      fix: 'Grow security and governance into a function with its own people and mandate.',
      evidence: [],
      seatsToFill: ['security'],
    };
  },
};

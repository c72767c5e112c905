import { countNoun } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * Where the playbook wants governance as a dedicated function of several people (scale, by default), one
 * person is not enough. (No one at all is the no-security-seat pattern.)
 */
export const noGovernanceFunction: StallRule = {
  id: 'no_governance_function',
  evaluate(team, seats) {
    const seat = seats.get('security');
    const level = team.level('security', team.targetStage);
    const needed = team.requiredBy('security');
    if (!seat || !level.dedicated || needed < 2 || seat.total === 0 || seat.total >= needed) return null;
    return {
      severity: 'medium',
      title: 'No dedicated governance function',
      what: `${countNoun(seat.total, 'person', 'people')} on security and governance, where the ${team.stageWord(team.targetStage)} stage needs a standing function of at least ${needed}.`,
      why: 'With many teams shipping models on real data, risk, audits and access control are continuous work, and one person becomes the queue every launch waits in.',
      fix: 'Grow security and governance into a function with its own people and mandate.',
      evidence: [],
      seatsToFill: ['security'],
    };
  },
};

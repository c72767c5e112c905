import { listInWords } from '../wording.js';
import type { StallRule } from './rule.js';

/**
 * No evaluation set, or nobody answerable for quality: regressions go unseen. Where the eval seat may be
 * shared (a pilot, by default) the fix is to name the person who shares it, usually the AI engineer; where it
 * is core, it is also to staff the seat if it is empty.
 */
export const noEvalOwner: StallRule = {
  id: 'no_eval_owner',
  evaluate(team) {
    const missing = [
      !team.has('eval_set') && 'no evaluation set',
      !team.has('eval_owner') && 'no named owner of eval quality',
    ].filter((item): item is string => typeof item === 'string');
    if (missing.length === 0) return null;

    const seatRequired = team.requiredCount('eval_specialist') > 0;
    const seatShort = team.count('eval_specialist') < team.requiredCount('eval_specialist');
    const sharer = team.level('eval_specialist').sharedWith;
    const sentence = listInWords(missing);
    let fix: string;
    if (seatRequired) {
      fix = seatShort
        ? 'Name an owner of eval quality, and staff the eval / prompt seat, which is core at this stage.'
        : 'Name the eval / prompt specialist as the owner of eval quality, and give them an evaluation set to guard.';
    } else if (sharer && team.count(sharer) > 0) {
      fix = `Build an evaluation set and name its owner. At this stage the ${team.seatName(sharer)} can hold it, as long as it is their named job.`;
    } else if (sharer) {
      fix = `Build an evaluation set and name its owner; at this stage that is usually the ${team.seatName(sharer)}, once the seat is filled.`;
    } else {
      fix = 'Build an evaluation set and name one person answerable for quality.';
    }
    return {
      severity: seatRequired ? 'high' : 'medium',
      title: 'Nobody owns eval quality',
      what: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`,
      why:
        'Without an evaluation set and one person answerable for quality, nobody can tell whether a change ' +
        'helped. Quality slips silently while everyone assumes it is fine.',
      fix,
      evidence: [],
      seatsToFill: seatShort ? ['eval_specialist'] : [],
    };
  },
};

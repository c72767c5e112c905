import { coverAt, oneOf } from '../grid.js';
import type { StallRule } from './rule.js';

/**
 * No evaluation set, or nobody answerable for quality: regressions go unseen. The owner need not be a
 * separate hire where the eval seat is carried (by the AI engineer, usually); it has to be somebody's named job.
 */
export const noEvalOwner: StallRule = {
  id: 'no_eval_owner',
  evaluate(team, seats) {
    const hasSet = team.has('eval_set');
    const hasOwner = team.has('eval_owner');
    if (hasSet && hasOwner) return null;
    const seat = seats.get('eval_specialist');
    // Who could own it: the specialist, else whoever carries (or could carry) the work, else the hire that will.
    const carrier = seat?.total === 0 ? coverAt(team, 'eval_specialist', team.stage)?.by : undefined;
    const holder =
      seat && seat.total > 0
        ? oneOf(team, 'eval_specialist')
        : carrier
          ? oneOf(team, carrier)
          : seat?.fillVia
            ? `the ${team.seatName(seat.fillVia)} you add`
            : null;
    const title =
      !hasSet && !hasOwner
        ? 'Quality is unmeasured and unowned'
        : hasSet
          ? 'Nobody owns eval quality'
          : 'No evaluation set';
    const what =
      !hasSet && !hasOwner
        ? 'There is no evaluation set, and nobody is named as the owner of quality.'
        : hasSet
          ? "An evaluation set exists, but it is nobody's named job."
          : 'An owner of quality is named, but has no set of cases to check changes against.';
    const fix = !hasOwner
      ? holder
        ? `Name ${holder} as the owner of eval quality${hasSet ? '' : ', and build the evaluation set together'}.`
        : `Name one person answerable for eval quality${hasSet ? '' : ' and build an evaluation set'}.`
      : 'Build an evaluation set from real cases and run it on every change.';
    return {
      severity: team.requiredBy('eval_specialist') > 0 ? 'high' : 'medium',
      title,
      what,
      why: 'Without a set and an owner, nobody can tell whether a change helped.',
      fix,
      evidence: [],
      seatsToFill: [],
    };
  },
};

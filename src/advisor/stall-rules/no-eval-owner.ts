import { coverAt } from '../grid.js';
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
        ? 'the eval / prompt specialist'
        : carrier
          ? team.count(carrier) > 1
            ? `one of the ${team.seatName(carrier)}s`
            : `the ${team.seatName(carrier)}`
          : seat?.fillVia
            ? `the ${team.seatName(seat.fillVia)} you add`
            : null;
    const what =
      !hasSet && !hasOwner
        ? 'No evaluation set and no named owner of quality.'
        : hasSet
          ? 'An evaluation set exists, but nobody is named as the owner of quality.'
          : 'An owner of quality is named, but there is no evaluation set to check changes against.';
    const fix = !hasOwner
      ? holder
        ? `Name ${holder} as the owner of eval quality${hasSet ? '' : ', and build the evaluation set together'}.`
        : `Name one person answerable for eval quality${hasSet ? '' : ' and build an evaluation set'}.`
      : 'Build an evaluation set from real cases and run it on every change.';
    return {
      severity: team.requiredBy('eval_specialist') > 0 ? 'high' : 'medium',
      title: hasSet ? 'Nobody owns eval quality' : 'No evaluation set',
      what,
      why: 'Without an evaluation set and one person answerable for it, nobody can tell whether a change helped, and quality slips unnoticed.',
      fix,
      evidence: [],
      seatsToFill: [],
    };
  },
};

import { coverAt, oneOf } from '../grid.js';
import type { RoleId } from '../playbook/ids.js';
import type { TeamContext } from '../team-context.js';
import type { StallRule } from './rule.js';

/** Quality gates are lasting work: the owner comes from the seat's in-house people when it has some. */
function ownerAmong(team: TeamContext, role: RoleId): string {
  const inHouse = team.inHouse(role);
  if (inHouse === 0 || inHouse === team.count(role)) return oneOf(team, role);
  return inHouse === 1
    ? `the in-house ${team.seatSingular(role)}`
    : `one of the in-house ${team.seatPlural(role)}`;
}

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
    // The seat the work folds into, when the answer fills it now: its new holder is the one to name.
    const foldsInto = team.foldsInto('eval_specialist')?.role;
    const beingFilled =
      seat?.fillVia ?? (foldsInto && (seats.get(foldsInto)?.toFill.now ?? 0) > 0 ? foldsInto : undefined);
    const holder =
      seat && seat.total > 0
        ? ownerAmong(team, 'eval_specialist')
        : carrier
          ? ownerAmong(team, carrier)
          : beingFilled
            ? `the ${team.seatName(beingFilled)} you add`
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
        ? `Name ${holder} as the owner of eval quality${hasSet ? '' : ', and have them build an evaluation set'}.`
        : `Name one person answerable for eval quality${hasSet ? '' : ' and build an evaluation set'}.`
      : 'Build an evaluation set from real cases and run it on every change.';
    return {
      severity: team.requiredBy('eval_specialist') > 0 ? 'high' : 'medium',
      title,
      what,
      // Says what is missing: an answer with a set and no owner does not lack the set.
      why:
        !hasSet && !hasOwner
          ? 'Without a set and an owner, nobody can tell whether a change helped.'
          : hasSet
            ? 'Without an owner, nobody answers for whether a change helped.'
            : 'Without a set, nobody can tell whether a change helped.',
      fix,
      evidence: [],
      seatsToFill: [],
    };
  },
};

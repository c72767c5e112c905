import type {
  Action,
  GridRow,
  HeadcountAssessment,
  StaffingPlan,
  StallPoint,
  Suggestion,
} from './assessment.js';
import type { Evidence } from './evidence.js';
import { oneOf, type Seats, satisfiedAt } from './grid.js';
import { roomToMake, whereToMakeRoom } from './make-room.js';
import { type RoleId, STAGE_IDS, type StageId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';

/** The playbook's advice: hire full-time for one or two anchor leaders, no more. */
export const MAX_ANCHOR_HIRES = 2;

interface Opening {
  row: GridRow;
  /** A critical stall point asks for the seat: it is filled the fastest way, and made permanent after. */
  critical: boolean;
  /** People to add, or for a conversion the augmented people to bring in-house. */
  people: number;
  timing: Suggestion['timing'];
  convert: boolean;
}

/**
 * Build / hire / augment / convert for every seat the verdicts say to fill, and for seats held only by
 * augmented people that should now be permanent. Seats a stall point asks for come first, most severe first;
 * then the rest of what the stage needs now (urgent seats first); then what the next stage adds.
 *
 * The heuristic, from the playbook: hire full-time for the one or two anchor leaders; build (upskill) the
 * durable core; augment for specialist gaps, the surge to production and anything needed within weeks; and as
 * the team reaches scale, hire or convert for platform seats and functions instead of renting them forever.
 */
export function suggestStaffing(
  team: TeamContext,
  seats: Seats,
  stallPoints: readonly StallPoint[],
): Suggestion[] {
  let hiresLeft = MAX_ANCHOR_HIRES;
  const spare = sparePeople(team, seats);
  // Seats whose lead an earlier suggestion already brings (the part needed now, before the next stage's part).
  const leads = new Set<RoleId>();
  return findOpenings(team, seats, stallPoints).map((opening) => {
    const role = opening.row.role;
    const source = opening.convert ? null : upskillSource(team, spare, role, opening.people);
    const choice = opening.convert
      ? convert(team, opening.row)
      : choose(team, opening, hiresLeft > 0 && !leads.has(role), source);
    leads.add(role);
    if (choice.spendsAnchorHire) hiresLeft -= 1;
    if (choice.action === 'build' && source) source.people -= opening.people;
    return {
      role: opening.row.role,
      roleName: opening.row.shortName,
      action: choice.action,
      timing: opening.timing,
      people: opening.people,
      ...(choice.action === 'build' && source ? { upskillFrom: source.role } : {}),
      why: choice.why,
      evidence: choice.evidence,
    };
  });
}

function findOpenings(team: TeamContext, seats: Seats, stallPoints: readonly StallPoint[]): Opening[] {
  const ordered: RoleId[] = [];
  const critical = new Set<RoleId>();
  for (const point of stallPoints) {
    for (const role of point.seatsToFill) {
      ordered.push(role);
      if (point.severity === 'critical') critical.add(role);
    }
  }
  const rest = [...seats.values()].filter((row) => row.toFill.now > 0).map((row) => row.role);
  rest.sort((a, b) => Number(team.level(b).urgent) - Number(team.level(a).urgent));
  ordered.push(...rest);
  const later = [...seats.values()].filter((row) => row.toFill.now === 0 && row.toFill.beforeNext > 0);
  const heading = team.headingTo;
  if (heading) {
    later.sort(
      (a, b) => Number(team.level(b.role, heading).urgent) - Number(team.level(a.role, heading).urgent),
    );
  }
  ordered.push(...later.map((row) => row.role));

  // What a seat needs now and what the next stage adds are separate suggestions, each with its own timing;
  // the next stage's part of a seat also needed now comes with the rest of the move, after what is due now.
  const openings: Opening[] = [];
  const seen = new Set<RoleId>();
  const movesLater: Opening[] = [];
  for (const role of ordered) {
    const row = seats.get(role);
    if (!row || seen.has(role)) continue;
    seen.add(role);
    const { now, beforeNext } = row.toFill;
    if (now > 0)
      openings.push({ row, people: now, timing: 'now', convert: false, critical: critical.has(role) });
    if (beforeNext > 0) {
      (now > 0 ? movesLater : openings).push({
        row,
        people: beforeNext,
        timing: 'before_next_stage',
        convert: false,
        critical: false,
      });
    }
  }
  openings.push(...movesLater);
  // A seat can need more people and also the conversion of the augmented people already in it.
  for (const row of seats.values()) {
    if (shouldConvert(team, row)) {
      // Outside scale an anchor seat needs one lead in-house; at scale the whole seat becomes permanent.
      const leadOnly =
        team.sourcing(row.role) === 'anchor_leader' && team.targetStage !== 'scale' && row.inHouse === 0;
      const people = leadOnly ? 1 : row.augmented;
      openings.push({ row, people, timing: conversionTiming(team, row), convert: true, critical: false });
    }
  }
  return openings;
}

interface Spare {
  role: RoleId;
  /** In-house people the seat can give up without leaving itself short. */
  people: number;
  /** The seat is ahead of the stage or over it: the answer marks it, and upskilling starts there. */
  marked: boolean;
}

/**
 * In-house people who could be upskilled into another seat without leaving their own short: first everyone in
 * seats the answer marks ahead of the stage or over it, then people beyond what their seat needs (a second
 * backend engineer where one is needed).
 */
function sparePeople(team: TeamContext, seats: Seats): Spare[] {
  const marked: Spare[] = [];
  const beyond: Spare[] = [];
  for (const row of seats.values()) {
    // A seat kept once held (MLOps, security: the playbook warns against filling them late) keeps one person,
    // and making room moves the others out: none is left to upskill.
    if (row.status === 'premature' && team.keptOnceHeld(row.role)) continue;
    const isMarked = row.status === 'premature' || row.status === 'over';
    const needed =
      row.status === 'premature' ? 0 : Math.max(team.requiredBy(row.role), row.total > 0 ? 1 : 0);
    const people = Math.max(0, row.inHouse - needed);
    if (people > 0) (isMarked ? marked : beyond).push({ role: row.role, people, marked: isMarked });
  }
  return [...marked, ...beyond];
}

/**
 * Whose spare people to upskill into a seat, or null when nobody can be spared. Model trainers and analysts
 * (ML engineers, data scientists) are never moved onto the product layer: asking a model trainer to own a
 * streaming chat UI is the mistake the playbook warns of.
 */
function upskillSource(team: TeamContext, spare: Spare[], target: RoleId, people: number): Spare | null {
  const productLayer = team.playbook.roles[target].productLayer;
  // Eval work folds into the AI engineer: one who holds it can move into the seat of its own, and is the
  // first choice after a seat the answer marks, ahead of anyone whose own seat's work it is not.
  const foldsFrom = team.foldsInto(target)?.role;
  const candidates = spare.filter(
    (candidate) =>
      candidate.people >= people &&
      candidate.role !== target &&
      // The AI engineer is the seat every stage needs first: its people move only into the work it holds.
      (candidate.role !== 'ai_engineer' || candidate.role === foldsFrom) &&
      // A product manager is not upskilled into an engineer's or designer's seat: a different trade.
      candidate.role !== 'ai_pm' &&
      !(productLayer && team.playbook.roles[candidate.role].trainsModels) &&
      // A spare person from a seat the answer does not mark moves only within their layer (backend into
      // frontend, not a data engineer into design): the seat they leave still has work at this stage.
      (candidate.marked ||
        candidate.role === foldsFrom ||
        Boolean(team.playbook.roles[candidate.role].productLayer) === Boolean(productLayer)),
  );
  return (
    candidates.find((candidate) => candidate.marked) ??
    candidates.find((candidate) => candidate.role === foldsFrom) ??
    candidates[0] ??
    null
  );
}

/**
 * A seat held by augmented people only that should now be permanent: an anchor leader (except in a pilot stood
 * up in weeks, which is what augmenting is for), and at scale or on the way there any seat the stage needs,
 * platform seats and functions included.
 */
function shouldConvert(team: TeamContext, row: GridRow): boolean {
  if (row.total === 0 || row.augmented === 0 || row.status === 'premature') return false;
  // A seat with people of its own and contractors beside them: the contractors become part of the dedicated
  // team "as you scale", like a seat held only by contractors; before then the in-house people hold it.
  if (row.inHouse > 0) return mixedSeatConverts(team, row);
  // An anchor seat held only by augmented people is brought in-house at every urgency (urgency says when),
  // even an over-staffed one: its lead stays, whatever else is trimmed.
  if (team.sourcing(row.role) === 'anchor_leader') return true;
  if (row.status === 'over') return false;
  // A durable production seat held only by contractors is the surge the playbook augments for, "then convert
  // to a dedicated team as you scale": the answer gives it that point (before scale). Specialist seats are
  // augmented "for speed, specialist gaps like MLOps or data", and stay so, unless scale makes them a platform
  // or a function other teams rely on: those become permanent with the rest.
  if (
    team.stage === 'production' &&
    team.requiredCount(row.role) > 0 &&
    (team.sourcing(row.role) !== 'specialist' || team.level(row.role, 'scale').servesTeams !== undefined)
  ) {
    return true;
  }
  return team.targetStage === 'scale' && team.requiredCount(row.role, 'scale') > 0;
}

/** At production (for the move to scale) and at scale, a durable or anchor seat's contractors convert. */
function mixedSeatConverts(team: TeamContext, row: GridRow): boolean {
  if (row.status === 'over' || team.stage === 'pilot') return false;
  if (team.sourcing(row.role) === 'specialist' && team.level(row.role, 'scale').servesTeams === undefined) {
    return false;
  }
  return team.requiredCount(row.role) > 0 || team.requiredCount(row.role, 'scale') > 0;
}

/**
 * When to make the seat permanent. A pilot stood up within weeks keeps its augmented anchors while it moves
 * fast and brings the lead in-house before production; otherwise anchors convert now, and at scale everything
 * does; other seats convert before the move to scale.
 */
function conversionTiming(team: TeamContext, row: GridRow): Suggestion['timing'] {
  // An anchor seat whose lead is in-house already converts its contractors with the rest of the team.
  if (team.sourcing(row.role) === 'anchor_leader' && row.inHouse === 0) {
    return team.stage === 'pilot' && team.profile.urgency === 'weeks' ? 'before_next_stage' : 'now';
  }
  return team.stage === 'scale' ? 'now' : 'before_next_stage';
}

interface Choice {
  action: Action;
  why: string;
  evidence: Evidence[];
  spendsAnchorHire?: boolean;
}

/**
 * Why an anchor seat held only by contractors comes in-house, in that seat's own terms: two anchors converted
 * side by side (the AI engineer and the product manager) would otherwise read the same sentence twice.
 */
function anchorConversionWhy(row: GridRow): string {
  const several = row.augmented > 1;
  switch (row.role) {
    case 'ai_engineer':
      return several
        ? 'The AI engineers are all contractors: make the lead an employee, so the call on which model to use stays in-house.'
        : 'The AI engineer is a contractor: make the seat permanent, so the call on which model to use stays in-house.';
    case 'ai_pm':
      return several
        ? 'The product managers are all contractors: make the lead an employee, so the company decides which problems to solve.'
        : 'The product manager is a contractor: bring the seat in-house, so the company decides which problems to solve.';
    case 'ml_engineer':
      return several
        ? "The ML engineers are all contractors: make the lead an employee, so the know-how of the team's models stays in-house."
        : "The ML engineer is a contractor: make the seat permanent, so the know-how of the team's models stays in-house.";
    default:
      return 'Only contractors hold this anchor seat: bring its lead in-house.';
  }
}

function convert(team: TeamContext, row: GridRow): Choice {
  const lead =
    team.sourcing(row.role) === 'anchor_leader' && team.targetStage !== 'scale' && row.inHouse === 0;
  return {
    action: 'convert',
    why: lead ? anchorConversionWhy(row) : 'At scale this is permanent work.',
    // Gartner's prediction argues for upskilling people already on the team, not for converting contractors.
    evidence: [],
  };
}

/**
 * Why a marked seat's people can be spared, for a build suggestion (whose action line names the seat):
 * "That seat is ahead of the pilot stage".
 */
function sparedBecause(team: TeamContext, source: Spare): string {
  if (source.people < team.count(source.role)) return 'That seat has more than the stage needs';
  return team.level(source.role).need === 'wait'
    ? `That seat is ahead of the ${team.stageWord()} stage`
    : 'That seat is not needed for what the team builds';
}

/**
 * "the data scientist, ahead of the pilot stage", "one of the backend engineers, more than the stage needs":
 * whom to upskill, and why they can be spared when the answer marks their seat.
 */
function whoToUpskill(team: TeamContext, source: Spare): string {
  const who = oneOf(team, source.role);
  if (!source.marked) return who;
  if (source.people < team.count(source.role)) return `${who} (more than the stage needs)`;
  return team.level(source.role).need === 'wait'
    ? `${who} (ahead of the ${team.stageWord()} stage)`
    : `${who} (not needed for what the team builds)`;
}

/** How to fill one opening, given who sources the role and the stage the seat is needed for. */
function choose(team: TeamContext, opening: Opening, anchorHireLeft: boolean, source: Spare | null): Choice {
  const { row } = opening;
  const role = team.playbook.roles[row.role];
  // A seat the next stage needs more of is filled for that stage, even when some of it is needed now.
  const forStage: StageId =
    opening.timing === 'now' && row.toFill.beforeNext === 0 ? team.stage : team.targetStage;
  const atScale = forStage === 'scale';
  const weeks = team.profile.urgency === 'weeks';
  const augment = (why: string): Choice => ({
    action: 'augment',
    why,
    evidence: role.aiSkill ? team.cite('skillsShortage', 'augment_ai_seat') : [],
  });
  // Work that folds into the source's seat (eval into the AI engineer): its owner grows into the seat.
  const folds = team.foldsInto(row.role);
  const build = (from: Spare): Choice => ({
    action: 'build',
    why:
      folds?.role === from.role
        ? `The ${team.seatSingular(from.role)} ${team.has(folds.practice) ? 'who owns eval quality' : 'you name as owner of eval quality'} grows into the seat of its own.`
        : from.marked
          ? `${sparedBecause(team, from)}, and upskilling keeps lasting core skills in-house.`
          : 'Upskilling keeps lasting core skills in-house.',
    evidence: role.aiSkill ? team.cite('peopleStrategy', 'keep_ai_talent') : [],
  });
  const level = team.level(row.role, forStage);
  const scaleReason =
    level.servesTeams === 'function' || level.dedicated
      ? 'At scale this becomes a standing function'
      : level.servesTeams === 'platform'
        ? 'At scale this becomes a platform other teams build on'
        : 'At scale this is permanent work';
  const hireForScale: Choice = {
    action: 'hire',
    why: `${scaleReason}: worth a permanent hire.`,
    evidence: [],
  };
  const augmentThenConvert = augment(
    atScale && level.servesTeams
      ? 'Closes the gap now; search in parallel for a full-time lead.'
      : atScale
        ? 'Fills it quickly; at scale it is permanent work, so make it full-time later.'
        : 'Fills it quickly; make it permanent later.',
  );
  // Full-time hires are for the anchor leaders, and at scale for the platforms and functions other teams rely
  // on; any other seat at scale is augmented and converted "as you scale", as the playbook puts it.
  const forScale = level.servesTeams ? hireForScale : augmentThenConvert;

  switch (team.sourcing(row.role)) {
    case 'anchor_leader': {
      // Converting the augmented people already there brings the lead in-house (a suggestion of its own).
      if (row.inHouse === 0 && row.augmented === 0 && anchorHireLeft) {
        return weeks
          ? augment(`Starts the work at once; search for a full-time ${team.seatName(row.role)} in parallel.`)
          : {
              action: 'hire',
              // The playbook's anchors are "such as a lead AI engineer or AI product manager"; a team that only
              // trains its own models leans on its ML engineer instead, and the line says why in its own terms.
              why:
                row.role === 'ml_engineer'
                  ? "The team's own models depend on this seat: worth a permanent lead."
                  : opening.people > 1
                    ? 'An anchor seat: hire its lead for good, not on contract, and grow the seat around them.'
                    : 'An anchor seat: hire its lead for good, not on contract.',
              evidence: row.role === 'ai_engineer' ? team.cite('aiEngineerFirst', 'ai_engineer_seat') : [],
              spendsAnchorHire: true,
            };
      }
      // A lead is in place (or the full-time hires are spoken for): grow the seat around the people there.
      const beside = row.total > 0 ? 'the people you have' : 'the lead';
      if (weeks) return atScale ? augmentThenConvert : augment(`Grows the seat beside ${beside}, quickly.`);
      if (source) return build(source);
      return atScale ? hireForScale : augment(`Grows the seat beside ${beside}.`);
    }

    case 'specialist':
      // A seat a critical stall point asks for is bridged from outside, even at scale, then made permanent.
      if (atScale) return weeks || opening.critical ? augmentThenConvert : forScale;
      // The surge is what the move adds; a seat the team's own stage already needs is a gap, not a surge.
      return team.headingTo && satisfiedAt(team, row.role, team.stage)
        ? augment(`Part of the surge to ${team.stageWord(team.headingTo)}; make it permanent later.`)
        : team.headingTo === 'scale' &&
            (team.level(row.role, 'scale').servesTeams !== undefined ||
              team.level(row.role, 'scale').dedicated)
          ? // Scale makes it a platform or a standing function: the contractor is a bridge to a permanent seat.
            augment('A specialist gap, filled fastest from outside; make it permanent before Scale.')
          : augment('A specialist gap, filled fastest from outside.');

    case 'durable_core':
      // Upskilling takes longer than a quarter: a seat open now and needed soon is augmented meanwhile.
      if (weeks || (team.profile.urgency === 'this_quarter' && opening.timing === 'now')) {
        if (atScale || !source) return augmentThenConvert;
        return augment(
          `Fills it quickly; upskill ${whoToUpskill(team, source)} into it as the work settles.`,
        );
      }
      if (source) return build(source);
      if (atScale) return forScale;
      // A seat the stage shares is not one to make permanent yet: its stall point says part-time will do.
      return level.need === 'shared'
        ? augment('A part-time contractor is enough at this stage.')
        : augment('Fills it quickly; make it permanent later.');
  }
}

/** The team's size and habits point to an earlier stage whose band it fits (a "scale" team of three). */
function looksSmaller(team: TeamContext, headcount: HeadcountAssessment): boolean {
  const hint = headcount.stageHint;
  // A team of nobody fits no band, but starts where the first stage does.
  const fits = hint?.fitsBand === true || headcount.total === 0;
  return hint !== null && fits && STAGE_IDS.indexOf(hint.looksLike) < STAGE_IDS.indexOf(team.stage);
}

/** The suggestions taken together: where they leave the team's size, with urgency said once. */
export function staffingPlan(
  team: TeamContext,
  seats: Seats,
  suggestions: readonly Suggestion[],
  headcount: HeadcountAssessment,
): StaffingPlan {
  // Converting and upskilling move people already here; hiring and augmenting add them.
  let added = 0;
  let filling = 0;
  for (const suggestion of suggestions) {
    if (suggestion.action === 'hire' || suggestion.action === 'augment') added += suggestion.people;
    if (suggestion.action !== 'convert') filling += 1;
  }
  const projectedHeadcount = headcount.total + added;
  const { band } = headcount;
  const pastBand = !band.openEnded && projectedHeadcount > band.max;
  // The same places the headcount stall point names for a team already past its band; else what the
  // additions push past it.
  const above = headcount.position === 'above';
  const makeRoom =
    pastBand || above
      ? roomToMake(team, seats, (above ? headcount.total : projectedHeadcount) - band.max)
      : [];
  if (suggestions.length === 0) return { projectedHeadcount, pastBand, makeRoom, note: null };

  const stage = team.stageWord(headcount.judgedAgainst);
  const sentences: string[] = [];
  // Urgency is about filling seats: an answer that only converts seats does not repeat it.
  if (filling > 0 && team.profile.urgency === 'weeks') {
    sentences.push('You need people within weeks, so new seats start augmented.');
  }
  if (added > 0) {
    if (pastBand && headcount.position === 'above') {
      // Already past it: the headcount stall point says where to make room.
      // Where it has people to spare, its size stall point says where; else the band is only a guide.
      sentences.push(
        `Adding ${added === 1 ? 'the one' : `the ${added}`} below takes the team to ${projectedHeadcount}${
          makeRoom.length > 0
            ? ': make room first, as the stall point above says.'
            : ', further past the band, which is a guide, not a hard cap.'
        }`,
      );
    } else if (pastBand) {
      const adding = `Adding ${added === 1 ? 'the one' : `the ${added}`} below takes the team to ${projectedHeadcount}`;
      const freed = makeRoom.reduce((sum, place) => sum + place.people, 0);
      // Seats with no place at the stage are moved out by their own stall points above: say where that leaves
      // the team rather than name them again.
      const byStallPoints = makeRoom.every(
        (place) => place.reason === 'ahead_of_stage' || place.reason === 'not_needed',
      );
      sentences.push(
        byStallPoints && makeRoom.length > 0 && projectedHeadcount - freed <= band.max
          ? `${adding}; moving out the seats the stall points above name brings it back to ${projectedHeadcount - freed}.`
          : `${adding}, past the ${stage} band of ${band.label}: ${whereToMakeRoom(team, makeRoom, projectedHeadcount - band.max)}.`,
      );
    } else if (looksSmaller(team, headcount)) {
      // Filling a bigger stage's seats for a team that looks like a smaller one would build out the wrong team.
      // The question that settles it, from the playbook's stages: a pilot has no real users yet, and production
      // runs one product where scale runs several.
      const hint = headcount.stageHint;
      // Only a team that is not about to serve users waits: one on its way there fills them now, as the stall
      // points above say.
      const test =
        hint?.looksLike === 'pilot'
          ? 'If the team serves no users yet and is not about to'
          : 'If the team runs one product and is not about to run more';
      sentences.push(
        `${test}, assess it as a ${hint?.looksLikeName.toLowerCase()} team; otherwise fill ${added === 1 ? 'this seat' : 'these in this order'}.`,
      );
    } else if (projectedHeadcount < band.min) {
      sentences.push(
        `${added === 1 ? 'This brings' : 'These bring'} the team to ${projectedHeadcount}, still below the ${stage} band of ${band.label}.`,
      );
    }
  }
  return { projectedHeadcount, pastBand, makeRoom, note: sentences.length > 0 ? sentences.join(' ') : null };
}

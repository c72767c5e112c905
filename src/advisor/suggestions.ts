import type {
  Action,
  GridRow,
  HeadcountAssessment,
  StaffingPlan,
  StallPoint,
  Suggestion,
} from './assessment.js';
import { type Evidence, FIGURES } from './evidence.js';
import type { Seats } from './grid.js';
import { whereToMakeRoom } from './make-room.js';
import type { RoleId, StageId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';

/** The playbook's advice: hire full-time for one or two anchor leaders, no more. */
export const MAX_ANCHOR_HIRES = 2;

interface Opening {
  row: GridRow;
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
  let spare = spareInHouse(team, seats);
  // Seats whose lead an earlier suggestion already brings (the part needed now, before the next stage's part).
  const leads = new Set<RoleId>();
  return findOpenings(team, seats, stallPoints).map((opening) => {
    const role = opening.row.role;
    const choice = opening.convert
      ? convert(team, opening.row)
      : choose(team, opening, hiresLeft > 0 && !leads.has(role), spare >= opening.people);
    leads.add(role);
    if (choice.spendsAnchorHire) hiresLeft -= 1;
    if (choice.action === 'build') spare -= opening.people;
    return {
      role: opening.row.role,
      roleName: opening.row.shortName,
      action: choice.action,
      timing: opening.timing,
      people: opening.people,
      why: choice.why,
      evidence: choice.evidence,
    };
  });
}

function findOpenings(team: TeamContext, seats: Seats, stallPoints: readonly StallPoint[]): Opening[] {
  const ordered: RoleId[] = [];
  for (const point of stallPoints) for (const role of point.seatsToFill) ordered.push(role);
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
    if (now > 0) openings.push({ row, people: now, timing: 'now', convert: false });
    if (beforeNext > 0) {
      (now > 0 ? movesLater : openings).push({
        row,
        people: beforeNext,
        timing: 'before_next_stage',
        convert: false,
      });
    }
  }
  openings.push(...movesLater);
  // A seat can need more people and also the conversion of the augmented people already in it.
  for (const row of seats.values()) {
    if (shouldConvert(team, row)) {
      // Outside scale an anchor seat needs one lead in-house; at scale the whole seat becomes permanent.
      const leadOnly =
        team.playbook.roles[row.role].sourcing === 'anchor_leader' && team.targetStage !== 'scale';
      const people = leadOnly ? 1 : row.augmented;
      openings.push({ row, people, timing: conversionTiming(team, row), convert: true });
    }
  }
  return openings;
}

/**
 * In-house people who could be upskilled into another seat without leaving their own short: those beyond what
 * their seat needs (a second backend engineer where one is needed) and those in seats ahead of the stage.
 * Building a seat moves one of them; with none to spare, the seat is hired or augmented instead.
 */
function spareInHouse(team: TeamContext, seats: Seats): number {
  let spare = 0;
  for (const row of seats.values()) {
    const needed =
      row.status === 'premature' ? 0 : Math.max(team.requiredBy(row.role), row.total > 0 ? 1 : 0);
    spare += Math.max(0, row.inHouse - needed);
  }
  return spare;
}

/**
 * A seat held by augmented people only that should now be permanent: an anchor leader (except in a pilot stood
 * up in weeks, which is what augmenting is for), and at scale or on the way there any seat the stage needs,
 * platform seats and functions included.
 */
function shouldConvert(team: TeamContext, row: GridRow): boolean {
  if (row.total === 0 || row.inHouse > 0 || row.status === 'over' || row.status === 'premature') return false;
  if (team.playbook.roles[row.role].sourcing === 'anchor_leader') {
    return team.targetStage !== 'pilot' || team.profile.urgency !== 'weeks';
  }
  return team.targetStage === 'scale' && team.requiredCount(row.role, 'scale') > 0;
}

function conversionTiming(team: TeamContext, row: GridRow): Suggestion['timing'] {
  return team.playbook.roles[row.role].sourcing === 'anchor_leader' || team.stage === 'scale'
    ? 'now'
    : 'before_next_stage';
}

interface Choice {
  action: Action;
  why: string;
  evidence: Evidence[];
  spendsAnchorHire?: boolean;
}

function convert(team: TeamContext, row: GridRow): Choice {
  const role = team.playbook.roles[row.role];
  const lead = role.sourcing === 'anchor_leader' && team.targetStage !== 'scale';
  return {
    action: 'convert',
    why: lead
      ? row.augmented > 1
        ? 'Only augmented people hold this anchor seat: bring the lead in-house, by converting one of them or hiring, so product judgment stays with you.'
        : 'Only an augmented person holds this anchor seat: bring the lead in-house, by converting them or hiring, so product judgment stays with you.'
      : 'At scale this is permanent work: convert the augmented people to full-time, or hire to replace them.',
    evidence: role.aiSkill ? [FIGURES.peopleStrategy] : [],
  };
}

/** How to fill one opening, given who sources the role and the stage the seat is needed for. */
function choose(team: TeamContext, opening: Opening, anchorHireLeft: boolean, canUpskill: boolean): Choice {
  const { row } = opening;
  const role = team.playbook.roles[row.role];
  const name = team.seatName(row.role);
  // A seat the next stage needs more of is filled for that stage, even when some of it is needed now.
  const forStage: StageId =
    opening.timing === 'now' && row.toFill.beforeNext === 0 ? team.stage : team.targetStage;
  const atScale = forStage === 'scale';
  const weeks = team.profile.urgency === 'weeks';
  const augment = (why: string): Choice => ({
    action: 'augment',
    why,
    evidence: role.aiSkill ? [FIGURES.skillsShortage] : [],
  });
  const build: Choice = {
    action: 'build',
    why: 'Upskill someone on the team into it: lasting core work costs least when it is built in-house.',
    evidence: role.aiSkill ? [FIGURES.peopleStrategy] : [],
  };
  const level = team.level(row.role, forStage);
  const scaleReason = level.dedicated
    ? 'At scale this becomes a standing function'
    : level.minCount !== undefined && level.minCount > 1 && role.sourcing === 'specialist'
      ? 'At scale this becomes a platform other teams build on'
      : 'At scale this is permanent work';
  const hireForScale: Choice = {
    action: 'hire',
    why: `${scaleReason}: hire for it rather than renting it.`,
    evidence: [],
  };

  const augmentThenConvert = augment(
    atScale
      ? 'Augment to fill it quickly, then make the seat full-time: at scale it is permanent work.'
      : 'Augment to fill it quickly, then hire or convert to make the seat permanent.',
  );

  switch (role.sourcing) {
    case 'anchor_leader': {
      // Converting the augmented people already there brings the lead in-house (a suggestion of its own).
      if (row.inHouse === 0 && row.augmented === 0 && anchorHireLeft) {
        return weeks
          ? augment(
              `Start with an augmented ${name} and run the search for a full-time lead alongside, converting when you find one.`,
            )
          : {
              action: 'hire',
              why:
                opening.people > 1
                  ? `Hire a full-time lead ${name} and grow the seat around them: an anchor leadership seat is worth a permanent hire.`
                  : `Hire a full-time lead ${name}: an anchor leadership seat is worth a permanent hire.`,
              evidence: row.role === 'ai_engineer' ? [FIGURES.aiEngineerFirst] : [],
              spendsAnchorHire: true,
            };
      }
      // A lead is in place (or the full-time hires are spoken for): grow the seat around the people there.
      const beside = row.total > 0 ? 'the people you have' : 'the lead';
      if (weeks) return atScale ? augmentThenConvert : augment(`Add an augmented ${name} beside ${beside}.`);
      if (canUpskill) return build;
      return atScale ? hireForScale : augment(`Add an augmented ${name} beside ${beside}.`);
    }

    case 'specialist':
      if (atScale) return weeks ? augmentThenConvert : hireForScale;
      return team.headingTo
        ? augment(
            `Part of the surge to ${team.stageWord(team.headingTo)}: augmented specialists fill it fastest; make it permanent once the new stage settles.`,
          )
        : augment('A specialist gap: augmenting fills it faster than a full-time search in a scarce market.');

    case 'durable_core':
      // Upskilling takes longer than a quarter: a seat open now and needed soon is augmented meanwhile.
      if (weeks || (team.profile.urgency === 'this_quarter' && opening.timing === 'now')) {
        if (atScale || !canUpskill) return augmentThenConvert;
        return augment('Augment to fill it, and upskill someone into the seat as the work settles.');
      }
      if (canUpskill) return build;
      return atScale
        ? hireForScale
        : augment(
            'Nobody else in-house can be spared to upskill: augment to start, and build the seat later.',
          );
  }
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
  if (suggestions.length === 0) return { projectedHeadcount, pastBand, note: null };

  const stage = team.stageWord(headcount.judgedAgainst);
  const sentences: string[] = [];
  // Urgency is about filling seats: an answer that only converts seats does not repeat it.
  const urgency = filling > 0 ? team.profile.urgency : 'this_quarter';
  if (urgency === 'weeks') {
    sentences.push('You need people within weeks, so most seats start augmented and become permanent later.');
  } else if (urgency === 'no_rush') {
    sentences.push(
      'With no rush, durable seats are upskilled or hired; augmenting is kept for specialist gaps.',
    );
  }
  if (added > 0) {
    if (pastBand) {
      sentences.push(
        `Adding ${added === 1 ? 'this person' : `these ${added} people`} takes the team to ${projectedHeadcount}, past the ${stage} band of ${band.label}: ${whereToMakeRoom(team, seats)}.`,
      );
    } else {
      const lands =
        projectedHeadcount < band.min
          ? `still below the ${stage} band of ${band.label}`
          : `within the ${stage} band`;
      sentences.push(
        `${added === 1 ? 'This brings' : 'These bring'} the team to ${projectedHeadcount}, ${lands}.`,
      );
    }
  }
  return { projectedHeadcount, pastBand, note: sentences.length > 0 ? sentences.join(' ') : null };
}

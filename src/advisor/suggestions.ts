import type { Approach, GridRow, StallPoint, Suggestion } from './assessment.js';
import { type Evidence, FIGURES } from './evidence.js';
import { ROLE_IDS, type RoleId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';

/** The playbook's advice: hire full-time for one or two anchor leaders, no more. */
export const MAX_ANCHOR_HIRES = 2;

interface Opening {
  role: RoleId;
  when: Suggestion['when'];
  people: number;
  /** The seat is held, but only by augmented people: an anchor that should be converted to a hire. */
  augmentedOnlyAnchor: boolean;
}

/**
 * Build / hire / augment for every seat the team has to fill, now and (when it is heading there) before the
 * next stage. The heuristic, from the playbook: hire full-time for the anchor leaders (lead AI engineer, AI
 * product manager), build by upskilling for durable core roles, augment for specialist gaps and the
 * pilot-to-production surge. Urgency moves the choice toward augmentation (see chooseApproach).
 */
export function suggestStaffing(
  team: TeamContext,
  grid: readonly GridRow[],
  stallPoints: readonly StallPoint[],
): Suggestion[] {
  const openings = findOpenings(team, grid, stallPoints);
  let hiresLeft = MAX_ANCHOR_HIRES;
  return openings.map((opening) => {
    const choice = chooseApproach(team, opening, hiresLeft);
    if (choice.approach === 'hire') hiresLeft -= 1;
    return {
      role: opening.role,
      roleName: team.roleName(opening.role),
      approach: choice.approach,
      when: opening.when,
      people: opening.people,
      why: choice.why,
      evidence: choice.evidence,
    };
  });
}

/**
 * The seats to fill: gaps in the current stage's grid, seats a stall point's fix calls for (a data engineer
 * beside data scientists, even where the grid allows the seat to stay shared), and, for a team heading to
 * the next stage, that stage's core seats.
 */
function findOpenings(
  team: TeamContext,
  grid: readonly GridRow[],
  stallPoints: readonly StallPoint[],
): Opening[] {
  const now: Opening[] = [];
  for (const row of grid) {
    // A shared seat with nobody to carry it is filled by filling the carrier's seat, which has its own row.
    if (row.status === 'gap' && row.now.need === 'shared') continue;
    if (row.status === 'gap' || row.status === 'short') {
      now.push({
        role: row.role,
        when: 'now',
        people: row.now.minCount - row.total,
        augmentedOnlyAnchor: false,
      });
    } else if (
      row.status === 'covered' &&
      row.inHouse === 0 &&
      team.playbook.roles[row.role].sourcing === 'anchor_leader'
    ) {
      now.push({ role: row.role, when: 'now', people: 1, augmentedOnlyAnchor: true });
    }
  }
  for (const point of stallPoints) {
    for (const role of point.seatsToFill) {
      if (now.some((opening) => opening.role === role)) continue;
      // Up to the stage's minimum, or one person for a seat the stage lets stay empty but a stall point needs.
      const people = Math.max(team.requiredCount(role) - team.count(role), team.count(role) === 0 ? 1 : 0);
      if (people > 0) now.push({ role, when: 'now', people, augmentedOnlyAnchor: false });
    }
  }
  // Urgent seats ("do not delay") first; otherwise the playbook's role order.
  now.sort((a, b) => Number(team.level(b.role).urgent) - Number(team.level(a.role).urgent));

  const next: Opening[] = [];
  const nextStage = team.nextStage;
  if (team.profile.headingToNext && nextStage) {
    for (const role of ROLE_IDS) {
      if (now.some((opening) => opening.role === role)) continue;
      const shortBy = team.requiredCount(role, nextStage) - team.count(role);
      if (shortBy > 0)
        next.push({ role, when: 'before_next_stage', people: shortBy, augmentedOnlyAnchor: false });
    }
    next.sort(
      (a, b) => Number(team.level(b.role, nextStage).urgent) - Number(team.level(a.role, nextStage).urgent),
    );
  }
  return [...now, ...next];
}

interface Choice {
  approach: Approach;
  why: string;
  evidence: Evidence[];
}

/**
 * The heuristic, by how the playbook sources the role, shifted toward augmentation by urgency:
 *
 * | sourcing      | no rush              | this quarter                              | within weeks |
 * |---------------|----------------------|-------------------------------------------|--------------|
 * | anchor leader | hire the lead        | hire the lead                             | augment now, hire alongside |
 * | durable core  | build (upskill)      | augment a gap open now; build for later   | augment |
 * | specialist    | augment              | augment                                   | augment |
 *
 * Building needs someone in-house to upskill; without anyone, the choice is to augment.
 */
function chooseApproach(team: TeamContext, opening: Opening, hiresLeft: number): Choice {
  const { role } = opening;
  const name = team.seatName(role);
  const urgency = team.profile.urgency;
  const canUpskill = team.totalInHouse > 0;

  switch (team.playbook.roles[role].sourcing) {
    case 'specialist':
      return team.isPilotHeadingToProduction
        ? augment(
            `Part of the pilot-to-production surge: bring in vetted people for the ${name} seat now, and make ` +
              'it permanent once production settles.',
          )
        : augment(
            `A specialist gap: the skill is scarce, and augmenting fills the ${name} seat in weeks instead of ` +
              'waiting out a full-time search.',
          );

    case 'anchor_leader': {
      if (opening.augmentedOnlyAnchor && hiresLeft > 0) {
        return hire(
          'Only augmented people hold this anchor seat. Hire a full-time lead so product judgment stays in-house; ' +
            'the augmented people can hand over or stay on as extra hands.',
          role,
        );
      }
      const leadMissing = team.inHouse(role) === 0;
      if (leadMissing && hiresLeft > 0) {
        return urgency === 'weeks'
          ? augment(
              `You need this seat within weeks: start with an augmented ${name} and run the full-time search ` +
                'for the lead alongside, converting when you find them.',
            )
          : hire(
              `One of the one or two anchor leadership seats: hire a full-time lead ${name} to own the ` +
                'direction and keep the know-how in-house.',
              role,
            );
      }
      const situation = leadMissing
        ? 'The one or two full-time hires are already suggested for other anchor seats'
        : 'You have a lead in place; grow the seat around them';
      return growCore(name, situation, urgency === 'weeks' ? 'weeks' : 'no_rush', opening.when, canUpskill);
    }

    case 'durable_core':
      return growCore(name, 'A durable core seat', urgency, opening.when, canUpskill);
  }
}

function growCore(
  name: string,
  opening: string,
  urgency: TeamContext['profile']['urgency'],
  when: Suggestion['when'],
  canUpskill: boolean,
): Choice {
  if (urgency === 'weeks') {
    return augment(
      `${opening}, but you need it within weeks: augment now, and upskill people into it as the work settles.`,
    );
  }
  if (urgency === 'this_quarter' && when === 'now') {
    return augment(
      `${opening}, open today and needed this quarter: upskilling takes longer than that, so augment to fill it ` +
        'now and upskill someone into it alongside.',
    );
  }
  if (!canUpskill)
    return augment(`${opening}, but there is nobody in-house to upskill yet: augment to start.`);
  return {
    approach: 'build',
    why: `${opening}: upskill people already on the team into the ${name} seat. Slower, but it lasts and costs least over time.`,
    evidence: [FIGURES.peopleStrategy],
  };
}

function augment(why: string): Choice {
  return { approach: 'augment', why, evidence: [FIGURES.skillsShortage] };
}

function hire(why: string, role: RoleId): Choice {
  return { approach: 'hire', why, evidence: role === 'ai_engineer' ? [FIGURES.engineersNotResearchers] : [] };
}

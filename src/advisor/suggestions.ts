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
 * pilot-to-production surge. Hiring within weeks moves the choice toward augmentation.
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
  for (const role of stallPoints.flatMap((point) => point.seatsToFill)) {
    if (now.some((opening) => opening.role === role)) continue;
    const people = Math.max(1, team.requiredCount(role) - team.count(role));
    now.push({ role, when: 'now', people, augmentedOnlyAnchor: false });
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

function chooseApproach(team: TeamContext, opening: Opening, hiresLeft: number): Choice {
  const { role } = opening;
  const name = team.seatName(role);
  const withinWeeks = team.profile.urgency === 'weeks';
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
          `Only augmented people hold this anchor seat. Hire a full-time lead so product judgment stays in-house; ` +
            'the augmented people can hand over or stay on as extra hands.',
          role,
        );
      }
      const leadMissing = team.inHouse(role) === 0;
      if (leadMissing && hiresLeft > 0) {
        return withinWeeks
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
      return growAroundCore(
        name,
        withinWeeks,
        canUpskill,
        'You have a lead in place; grow the seat around them',
      );
    }

    case 'durable_core':
      return growAroundCore(name, withinWeeks, canUpskill, 'A durable core seat');
  }
}

function growAroundCore(name: string, withinWeeks: boolean, canUpskill: boolean, opening: string): Choice {
  if (withinWeeks) {
    return augment(
      `${opening}, but you need it within weeks: augment now, and upskill people into it as the work settles.`,
    );
  }
  if (!canUpskill) {
    return augment(`${opening}, but there is nobody in-house to upskill yet: augment to start.`);
  }
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

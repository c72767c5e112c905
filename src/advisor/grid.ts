import type { GridRow, SeatLevelView, SeatStatus } from './assessment.js';
import { ROLE_IDS, type RoleId, type StageId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';

export function seatLevelView(team: TeamContext, role: RoleId, stage: StageId): SeatLevelView {
  const level = team.level(role, stage);
  return {
    id: level.id,
    label: level.label,
    need: level.need,
    minCount: team.requiredCount(role, stage),
    urgent: level.urgent,
    dedicated: level.dedicated,
    meaning: level.meaning,
  };
}

/** Every role, in the playbook's order, with its seat now and next and how the team fills it. */
export function buildGrid(team: TeamContext): GridRow[] {
  return ROLE_IDS.map((role) => {
    const definition = team.playbook.roles[role];
    const { status, note } = seatStatus(team, role);
    return {
      role,
      name: definition.name,
      shortName: definition.shortName,
      now: seatLevelView(team, role, team.stage),
      next: team.nextStage ? seatLevelView(team, role, team.nextStage) : null,
      inHouse: team.inHouse(role),
      augmented: team.profile.roles[role].augmented,
      total: team.count(role),
      status,
      note,
    };
  });
}

function seatStatus(team: TeamContext, role: RoleId): { status: SeatStatus; note: string | null } {
  const level = team.level(role);
  const count = team.count(role);
  const band = team.playbook.stages[team.stage].headcount;
  const required = team.requiredCount(role);

  if (level.need === 'wait' || (level.need === 'conditional' && required === 0)) {
    if (count === 0) {
      return level.need === 'wait'
        ? { status: 'not_yet', note: null }
        : { status: 'not_needed', note: 'Only needed once the team trains its own models.' };
    }
    return {
      status: 'premature',
      note:
        level.need === 'wait'
          ? `The ${team.stageName().toLowerCase()} stage does not need this seat yet.`
          : 'Staffed although the team does not train its own models.',
    };
  }
  // One seat holding more than half of what the whole stage usually has is more than the stage needs.
  if (!band.openEnded && count > Math.max(required, Math.ceil(band.max / 2))) {
    return {
      status: 'over',
      note: `${count} people in this one seat, more than half the whole ${team.stageName().toLowerCase()} band (${band.min} to ${band.max}).`,
    };
  }
  if (required > 0) {
    if (count === 0) return { status: 'gap', note: null };
    if (count < required) return { status: 'short', note: `The stage expects at least ${required}.` };
    return { status: 'covered', note: null };
  }
  if (count > 0) return { status: 'covered', note: null };
  if (level.need === 'as_needed') return { status: 'optional', note: null };
  // A shared seat left empty is fine only while the role that carries it is staffed.
  const sharer = level.sharedWith;
  if (sharer && team.count(sharer) === 0) {
    return {
      status: 'gap',
      note: `Meant to be carried by the ${team.seatName(sharer)}, a seat that is empty today.`,
    };
  }
  return {
    status: 'shared',
    note: sharer
      ? `Carried by the ${team.seatName(sharer)} for now.`
      : 'Covered part-time from another seat.',
  };
}

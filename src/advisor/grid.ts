import type { GridRow, HeadcountBand, SeatLevelView, SeatStatus, SeatToFill } from './assessment.js';
import { bandOf } from './headcount.js';
import { ROLE_IDS, type RoleId, type StageId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';

/** The grid by role: the verdicts every rule reads. */
export type Seats = ReadonlyMap<RoleId, GridRow>;

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

/**
 * Somebody on the team who does the seat's work at this stage although nobody holds the seat: for a shared
 * seat, whoever the playbook lets carry it; for a seat whose work is folded into another (eval into the AI
 * engineer), that seat's holder once the team has named the owner, unless the stage wants a dedicated job.
 * Only a seat somebody holds can carry another.
 */
export function carrierAt(team: TeamContext, role: RoleId, stage: StageId): RoleId | null {
  const level = team.level(role, stage);
  const definition = team.playbook.roles[role];
  // A shared seat someone else's work makes needed (data engineering beside data scientists) needs its own person.
  if (level.need === 'shared' && team.requiredCount(role, stage) === 0) {
    if (level.sharedWith && team.count(level.sharedWith) > 0) return level.sharedWith;
    return definition.carriedBy.find((carrier) => team.count(carrier) > 0) ?? null;
  }
  const folds = definition.foldsInto;
  if (
    level.need !== 'shared' &&
    folds &&
    level.need === 'core' &&
    !level.dedicated &&
    team.requiredCount(role, stage) === 1 &&
    team.has(folds.practice) &&
    team.count(folds.role) > 0
  ) {
    return folds.role;
  }
  return null;
}

/** The seat's work is done at that stage as the playbook asks: held by enough people, or carried. */
export function satisfiedAt(team: TeamContext, role: RoleId, stage: StageId): boolean {
  const have = team.count(role);
  const needed = team.requiredCount(role, stage);
  if (needed > 0) return have >= needed || (have === 0 && carrierAt(team, role, stage) !== null);
  if (team.level(role, stage).need === 'shared') return have > 0 || carrierAt(team, role, stage) !== null;
  return true;
}

/**
 * Every seat's verdict, in the playbook's order, computed once from the profile and the playbook. A team
 * heading to the next stage is judged against both stages: what its own stage needs is needed now, what the
 * next one adds is due before the move, and a next-stage seat already filled is early, not premature.
 */
export function buildGrid(team: TeamContext): GridRow[] {
  const rows = ROLE_IDS.map((role) => judgeSeat(team, role));
  const byRole = new Map(rows.map((row) => [row.role, row]));
  resolveUncarriedSharedSeats(team, rows, byRole);
  const heading = team.headingTo;
  if (heading) for (const row of rows) addWhatTheMoveNeeds(team, row, heading);
  const judgedBand = bandOf(team.playbook.stages[team.targetStage]);
  for (const row of rows) markOverStaffed(team, row, judgedBand);
  return rows;
}

function judgeSeat(team: TeamContext, role: RoleId): GridRow {
  const definition = team.playbook.roles[role];
  const have = team.count(role);
  const needed = team.requiredCount(role);
  const level = team.level(role);
  const heading = team.headingTo;
  const neededNext = heading ? team.requiredCount(role, heading) : 0;
  const toFill: SeatToFill = { now: 0, beforeNext: 0 };
  let status: SeatStatus;
  let carriedBy: RoleId | null = null;
  let note: string | null = null;

  if (needed > 0 || level.need === 'shared') {
    if (have === 0) {
      carriedBy = carrierAt(team, role, team.stage);
      status = carriedBy ? 'carried' : 'gap';
      if (carriedBy) note = foldedNote(team, role, carriedBy);
      toFill.now = carriedBy ? 0 : needed;
    } else if (have < needed) {
      status = 'short';
      toFill.now = needed - have;
      note = `The ${team.stageWord()} stage needs at least ${needed}.`;
    } else {
      status = 'covered';
    }
  } else if (have > 0) {
    if (neededNext > 0 && heading) {
      status = 'early';
    } else if (level.need === 'as_needed' || team.welcomeEarly(role)) {
      status = 'covered';
    } else {
      status = 'premature';
      if (level.need !== 'wait') note = 'Needed only when the team trains its own models.';
    }
  } else if (neededNext > 0 && heading) {
    status = 'due_next';
  } else {
    status = level.need === 'as_needed' ? 'optional' : level.need === 'wait' ? 'not_yet' : 'not_needed';
  }

  return {
    role,
    name: definition.name,
    shortName: definition.shortName,
    now: seatLevelView(team, role, team.stage),
    next: team.nextStage ? seatLevelView(team, role, team.nextStage) : null,
    inHouse: team.inHouse(role),
    augmented: team.profile.roles[role].augmented,
    total: have,
    status,
    carriedBy,
    toFill,
    fillVia: null,
    note,
  };
}

/** A seat the stage asks for, carried because its work is folded into another: say on what condition. */
function foldedNote(team: TeamContext, role: RoleId, carrier: RoleId): string | null {
  const folds = team.playbook.roles[role].foldsInto;
  if (folds?.role !== carrier || team.level(role).need === 'shared') return null;
  return `Folded into the ${team.seatName(carrier)} seat while ${lowerFirst(team.playbook.practices[folds.practice].name)} is in place.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A shared seat nobody can carry: filled by a seat being filled anyway when that seat could carry it (the AI
 * engineer a pilot needs also covers eval and design), else filled itself, once per group of seats that carry
 * one another (at a pilot one backend or data engineer covers both; a data engineer where data scientists or
 * model training need pipelines, a backend engineer otherwise).
 */
function resolveUncarriedSharedSeats(team: TeamContext, rows: GridRow[], byRole: Map<RoleId, GridRow>): void {
  const open = rows.filter((row) => row.status === 'gap' && row.toFill.now === 0);
  const dataFirst = team.count('data_scientist') > 0 || team.trainsOwnModels;
  open.sort(
    (a, b) =>
      Number(b.role === 'data_engineer' && dataFirst) - Number(a.role === 'data_engineer' && dataFirst),
  );
  for (const row of open) {
    const level = team.level(row.role);
    const carriers = [
      ...(level.sharedWith ? [level.sharedWith] : []),
      ...team.playbook.roles[row.role].carriedBy,
    ];
    const via = carriers.find((carrier) => (byRole.get(carrier)?.toFill.now ?? 0) > 0);
    if (via) {
      row.fillVia = via;
    } else {
      row.toFill.now = 1;
      row.note =
        carriers.length > 0
          ? `Nobody here can carry it; at this stage one person can cover it and the ${carriers.map((c) => team.seatName(c)).join(' or ')} seat.`
          : 'Nobody here can carry it.';
    }
  }
}

/** What the stage the team is heading to needs on top of the current one, for seats it would leave short. */
function addWhatTheMoveNeeds(team: TeamContext, row: GridRow, heading: StageId): void {
  if (satisfiedAt(team, row.role, heading)) return;
  const neededNext = Math.max(team.requiredCount(row.role, heading), 1);
  row.toFill.beforeNext = Math.max(0, neededNext - row.total - row.toFill.now);
  if (row.toFill.beforeNext === 0) return;
  if (row.status === 'covered' || row.status === 'carried' || row.status === 'short') {
    row.note = `${team.stageName(heading)} needs ${neededNext}: add ${row.toFill.beforeNext} before the move.`;
  }
}

/** One seat holding more than half of what the whole judged stage usually has is more than it needs. */
function markOverStaffed(team: TeamContext, row: GridRow, band: HeadcountBand): void {
  const stage = team.targetStage;
  const needed = Math.max(team.requiredCount(row.role), team.requiredCount(row.role, stage));
  if (band.openEnded || row.total <= Math.max(needed, Math.ceil(band.max / 2))) return;
  row.status = 'over';
  row.toFill = { now: 0, beforeNext: 0 };
  row.note = `${row.total} people in this one seat, more than half the whole ${team.stageWord(stage)} band (${band.label}).`;
}

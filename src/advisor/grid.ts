import type { GridRow, HeadcountBand, SeatLevelView, SeatStatus, SeatToFill } from './assessment.js';
import { bandOf } from './headcount.js';
import { ROLE_IDS, type RoleId, type StageId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';
import { withArticle } from './wording.js';

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

/** How a seat nobody holds is covered at a stage: carried by a seat somebody holds, or waiting for an owner. */
export type Cover = { kind: 'carried' | 'unowned'; by: RoleId } | null;

/**
 * Work folded into another seat (eval into the AI engineer) can be carried by that seat's holder where the
 * stage asks for one person part-time or as a plain core seat, not where it wants a dedicated job or several.
 */
function foldable(team: TeamContext, role: RoleId, stage: StageId): RoleId | null {
  const folds = team.foldsInto(role);
  if (!folds) return null;
  const level = team.level(role, stage);
  const asked = team.requiredCount(role, stage);
  const eligible =
    level.need === 'shared' ? asked === 0 : level.need === 'core' && !level.dedicated && asked === 1;
  return eligible ? folds.role : null;
}

/**
 * Who covers a seat nobody holds. Folded work is carried by its seat's holder once the team has named the
 * owner (the playbook: the AI engineer can hold eval quality, as long as someone holds it), and is unowned
 * until then. A shared seat is carried by whoever the playbook lets carry it. Only a held seat carries.
 */
export function coverAt(team: TeamContext, role: RoleId, stage: StageId): Cover {
  const folded = foldable(team, role, stage);
  const folds = team.foldsInto(role);
  if (folded && folds && team.count(folded) > 0) {
    return { kind: team.has(folds.practice) ? 'carried' : 'unowned', by: folded };
  }
  const level = team.level(role, stage);
  // A shared seat someone else's work makes needed (data engineering beside data scientists) needs its own person.
  if (level.need !== 'shared' || team.requiredCount(role, stage) > 0) return null;
  const carriers = [...(level.sharedWith ? [level.sharedWith] : []), ...team.playbook.roles[role].carriedBy];
  const by = carriers.find((carrier) => team.count(carrier) > 0);
  if (!by) return null;
  // Folded work carried by anyone still needs its named owner.
  return { kind: folds && !team.has(folds.practice) ? 'unowned' : 'carried', by };
}

/** The seat's work is done at that stage as the playbook asks: held by enough people, or carried. */
export function satisfiedAt(team: TeamContext, role: RoleId, stage: StageId): boolean {
  const have = team.count(role);
  const needed = team.requiredCount(role, stage);
  const carried = have === 0 && coverAt(team, role, stage)?.kind === 'carried';
  if (needed > 0) return have >= needed || carried;
  if (team.level(role, stage).need === 'shared') return have > 0 || carried;
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
  if (heading) for (const row of rows) addWhatTheMoveNeeds(team, row, heading, byRole);
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

  // Taken only as needed by this team: the grid says so, or what it builds makes it so (an AI engineer on a
  // team that only trains its own models); held, such a seat is covered, empty, optional.
  const asNeeded =
    (level.need === 'as_needed' && !team.notForThisBuild(role)) || team.optionalForThisBuild(role);
  if (needed > 0 || (level.need === 'shared' && !asNeeded)) {
    if (have === 0) {
      const cover = coverAt(team, role, team.stage);
      if (cover?.kind === 'carried') {
        status = 'carried';
        carriedBy = cover.by;
        note = foldedNote(team, role, cover.by);
      } else if (cover?.kind === 'unowned') {
        // The eval stall point names whom to make its owner; the status says no one is named yet.
        status = 'unowned';
      } else {
        status = 'gap';
        // Folded work waits for the seat it folds into when that seat is being filled (resolved below).
        toFill.now = foldable(team, role, team.stage) ? 0 : needed;
        note = team.whyNeeded(role);
      }
    } else if (have < needed) {
      status = 'short';
      toFill.now = needed - have;
      note = `The ${team.stageWord()} stage asks for ${atLeast(needed)}.`;
    } else {
      status = 'covered';
      // "Dedicated function" gives no size, so one person meets it; the note says what the playbook asks for,
      // so a reader does not take one person for the whole function.
      if (have === 1 && level.servesTeams === 'function') {
        note =
          'The playbook asks for a dedicated function here and gives no size. One person holds it; add people when work starts waiting on them.';
      }
    }
  } else if (have > 0) {
    // Held ahead of a move the team is making, to a stage that needs the seat or takes it as needed for what
    // the team builds (data scientists on a custom-model team heading to production).
    const placeAhead =
      heading !== null &&
      (neededNext > 0 ||
        (team.hasPlaceAt(role, heading) &&
          team.level(role, heading).need === 'as_needed' &&
          // Model trainers and analysts are taken as needed only where the team trains its own models.
          (!team.playbook.roles[role].trainsModels || team.trainsOwnModels)));
    if (placeAhead) {
      status = 'early';
    } else if (asNeeded) {
      status = 'covered';
    } else {
      // The status label says why ("ahead of the stage", or not needed for what the team builds).
      status = 'premature';
      // The one a team of only data scientists keeps (make-room) is marked, so the grid agrees with the fix.
      const kept = team.keptAheadOfStage(role);
      const keptOnceHeld = team.keptOnceHeld(role);
      // Several in such a seat: one is kept, and the others are moved out (make-room).
      if (keptOnceHeld) note = have > 1 ? keptOnceHeld.replace(/^Keep it\b/, 'Keep one') : keptOnceHeld;
      else if (kept > 0) {
        note =
          have === kept
            ? 'Stays on the metric the model must move; the stage has no seat for more.'
            : `Keep ${kept === 1 ? 'one' : kept} on the metric the model must move; the stage has no seat for the others yet.`;
      }
    }
  } else if (neededNext > 0 && heading) {
    status = 'due_next';
  } else if (level.need === 'wait') {
    status = 'not_yet';
  } else {
    status = asNeeded ? 'optional' : 'not_needed';
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

/**
 * A seat the stage asks for, held by another seat's holder because its work folds into theirs (eval into the
 * AI engineer): say so, since the grid's label ("Core") alone would read as an empty seat.
 */
function foldedNote(team: TeamContext, role: RoleId, carrier: RoleId): string | null {
  const folds = team.foldsInto(role);
  if (folds?.role !== carrier || team.level(role).need === 'shared') return null;
  return `No hire needed while ${withArticle(team.seatSingular(carrier))} is the named owner of eval quality.`;
}

/** "the AI engineer", or "one of the AI engineers" when there are several. */
export function oneOf(team: TeamContext, role: RoleId): string {
  return team.count(role) > 1 ? `one of the ${team.seatPlural(role)}` : `the ${team.seatSingular(role)}`;
}

/** "more than one" for the playbook's "multiple", else "at least 3": the count a label stands for, in words. */
export function atLeast(count: number): string {
  if (count <= 1) return 'one';
  return count === 2 ? 'more than one' : `at least ${count}`;
}

/**
 * A shared seat nobody can carry: filled by a seat being filled anyway when that seat could carry it (the AI
 * engineer a pilot needs also covers eval and design), else filled itself, once per group of seats that carry
 * one another (at a pilot one backend or data engineer covers both; a data engineer where data scientists or
 * model training need pipelines, a backend engineer otherwise).
 */
function resolveUncarriedSharedSeats(team: TeamContext, rows: GridRow[], byRole: Map<RoleId, GridRow>): void {
  const open = rows.filter((row) => row.status === 'gap' && row.toFill.now === 0); // Data work comes first where data scientists the stage has a place for, or model training, need pipelines;
  // never because of data scientists ahead of the stage.
  const dataFirst = team.dependentsAt('data_engineer').length > 0 || team.trainsOwnModels;
  open.sort(
    (a, b) =>
      Number(b.role === 'data_engineer' && dataFirst) - Number(a.role === 'data_engineer' && dataFirst),
  );
  for (const row of open) {
    const level = team.level(row.role);
    const folded = foldable(team, row.role, team.stage);
    const carriers = [
      ...(folded ? [folded] : []),
      ...(level.sharedWith ? [level.sharedWith] : []),
      ...team.playbook.roles[row.role].carriedBy,
    ];
    const via = carriers.find((carrier) => (byRole.get(carrier)?.toFill.now ?? 0) > 0);
    const folds = team.foldsInto(row.role);
    if (via && via === folded && folds && !team.has(folds.practice)) {
      // Folded work waits for a name, not for the hire: until someone is named its owner, nobody holds it,
      // whoever is hired (the eval stall point says to name the new AI engineer).
      row.status = 'unowned';
      row.note = null;
    } else if (via) {
      row.fillVia = via;
    } else {
      row.toFill.now = 1;
      const partners = carriers.filter((carrier) => carrier !== folded && carrier !== level.sharedWith);
      // Not for a team heading on: the next stage wants both seats, and the answer fills them apart.
      row.note =
        partners.length > 0 && !team.headingTo
          ? `At this stage one person can cover it and the ${partners.map((c) => team.seatName(c)).join(' or ')} seat.`
          : null;
    }
  }
}

/** What the stage the team is heading to needs on top of the current one, for seats it would leave short. */
function addWhatTheMoveNeeds(
  team: TeamContext,
  row: GridRow,
  heading: StageId,
  byRole: ReadonlyMap<RoleId, GridRow>,
): void {
  if (satisfiedAt(team, row.role, heading)) return;
  // Folded work the next stage asks for is carried by a seat held or being filled, once its owner is named.
  const folded = foldable(team, row.role, heading);
  if (folded && (team.count(folded) > 0 || (byRole.get(folded)?.toFill.now ?? 0) > 0)) return;
  const neededNext = Math.max(team.requiredCount(row.role, heading), 1);
  row.toFill.beforeNext = Math.max(0, neededNext - row.total - row.toFill.now);
  if (row.toFill.beforeNext === 0) return;
  if (team.playbook.stages[heading].fillOnceHeading.includes(row.role)) {
    // Needed the moment the team heads there: it is a seat to fill now, not on arrival.
    row.toFill.now += row.toFill.beforeNext;
    row.toFill.beforeNext = 0;
    row.fillVia = null;
    if (row.status !== 'covered' && row.status !== 'short' && row.status !== 'early') {
      row.status = 'gap';
      row.carriedBy = null;
      row.note = `Needed the moment a team heads for ${team.stageWord(heading)}.`;
    } else {
      row.note = `${team.stageName(heading)} asks for ${atLeast(neededNext)}, and the team is heading there: add ${more(row.toFill.now)} now.`;
    }
    return;
  }
  if (row.fillVia) {
    // Another seat's hire covers it for now, but the next stage needs it filled in its own right.
    row.status = 'due_next';
    row.fillVia = null;
    row.note = null;
    return;
  }
  const wants = team.level(row.role, heading).dedicated
    ? `${team.stageName(heading)} makes it a dedicated seat`
    : `${team.stageName(heading)} asks for ${atLeast(neededNext)}`;
  if (row.status === 'covered' || row.status === 'short') {
    row.note = `${wants}: add ${more(row.toFill.beforeNext)} before the move.`;
  } else if (row.status === 'carried' || row.status === 'gap' || row.status === 'unowned') {
    // Naming an owner (the eval stall point says whom) covers today; the next stage wants the seat itself.
    row.note = `${wants}: fill it before the move.`;
  }
}

/** "one more", "2 more". */
function more(people: number): string {
  return `${people === 1 ? 'one' : people} more`;
}

/**
 * Our rule of thumb (the playbook gives no figure): one seat holding more than a share of the judged band's
 * top (half, by default) is more than the stage needs. Open-ended bands (scale) set no such limit.
 */
export function overStaffedLimit(team: TeamContext, band: HeadcountBand): number | null {
  return band.openEnded ? null : Math.ceil(band.max * team.playbook.rulesOfThumb.overStaffedShareOfBand);
}

function markOverStaffed(team: TeamContext, row: GridRow, band: HeadcountBand): void {
  // A seat the stage does not need at all stays "ahead of the stage", however many hold it.
  if (row.status === 'premature') return;
  const stage = team.targetStage;
  const needed = Math.max(team.requiredCount(row.role), team.requiredCount(row.role, stage));
  const limit = overStaffedLimit(team, band);
  if (limit === null || row.total <= Math.max(needed, limit)) return;
  row.status = 'over';
  row.toFill = { now: 0, beforeNext: 0 };
  // The playbook gives no per-seat figure: the limit is ours, read against the band it does give, and the note
  // says so.
  row.note = `${row.total} in one seat is past our rule of thumb for a ${team.stageWord(stage)} team: at most ${limit}, about half the top of its band (${band.label}).`;
}

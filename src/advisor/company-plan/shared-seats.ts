import type { Action, GridRow } from '../assessment.js';
import { ROLE_IDS, type RoleId, STAGE_IDS, type StageId, URGENCIES } from '../playbook/ids.js';
import type { Playbook } from '../playbook/schema.js';
import type { SharedSeat } from './company-plan.js';
import type { AssessedTeam } from './plan-hiring.js';
import { earliest, whenNeeded } from './when.js';

/**
 * Seats better filled once for several teams. The playbook's top stage runs data engineering and MLOps as
 * platform seats ("Core, platform": a platform team other teams build on) and security, compliance and
 * governance as a dedicated function. So:
 * - where two or more teams past the pilot need people in the same one of these seats (now, or before a move
 *   to the next stage), one shared platform or function serves them instead of a hire in each, run by a scale
 *   team that already runs the seat, or new;
 * - where one team needs it and another has people to spare, they cover it; where a scale team runs the seat,
 *   the one team joins it and the platform grows instead.
 * A team never leans on a team at an earlier stage than its own, nor on a pilot. And at a pilot, where the
 * playbook lets a seat be shared, a pilot needing one person can share a sister pilot's spare one part-time.
 */
export function findSharedSeats(teams: readonly AssessedTeam[], playbook: Playbook): SharedSeat[] {
  const top = STAGE_IDS[STAGE_IDS.length - 1] as StageId;
  const shared: SharedSeat[] = [];
  for (const role of ROLE_IDS) {
    const level = playbook.levels[playbook.roles[role].seats[top]];
    if (level?.servesTeams) {
      const seat = platformSeat(
        teams,
        playbook,
        role,
        level.servesTeams,
        playbook.rulesOfThumb.newSharedSeatPeople,
      );
      if (seat) shared.push(seat);
    }
  }
  shared.push(...partTimeSeats(teams, playbook));
  return shared;
}

const need = (row: GridRow) => row.toFill.now + row.toFill.beforeNext;
const stageIndex = (team: AssessedTeam) => STAGE_IDS.indexOf(team.assessment.stage.id);
const urgencyIndex = (team: AssessedTeam) => URGENCIES.indexOf(team.record.profile.urgency);
const byName = (a: AssessedTeam, b: AssessedTeam) =>
  (a.record.profile.name ?? '').localeCompare(b.record.profile.name ?? '') ||
  a.record.id.localeCompare(b.record.id);

/**
 * People in a seat the team's own answer says it can give up, read from the model that answer uses (make-room's
 * `roomToMake`, the places it makes room) so the plan and the answer never disagree:
 * - a team whose own answer says where to make room (it is, or would be, past its band) can spare what that
 *   answer names in the seat, whatever the reason (ahead of the stage, over-staffed, beyond the seat's need);
 * - any other team only has people to spare in a seat its answer marks over-staffed, and only those past the
 *   rule of thumb that marked it (the playbook's `overStaffedShareOfBand` of its band, via grid's
 *   `overStaffedLimit`), never below the seat's need.
 * A seat the answer calls covered is not raided, whatever its size: a 30-person team's four MLOps engineers are
 * its own (open-ended bands mark no seat over-staffed).
 */
export function spareIn(team: AssessedTeam, role: RoleId): number {
  const answer = team.assessment.plan.makeRoom;
  const places = answer.length > 0 ? answer : team.room.filter((place) => place.reason === 'over');
  return places.find((place) => place.role === role)?.people ?? 0;
}

/**
 * People a pilot can share part-time in a seat: those its own answer's model has beyond what the seat needs
 * (make-room's places, as for `spareIn`: ahead of the stage, over-staffed or beyond the seat's need), and only
 * its own employees, not contractors hired for its work.
 */
export function partTimeSpareIn(team: AssessedTeam, role: RoleId): number {
  const place = team.room.find((candidate) => candidate.role === role);
  return Math.min(team.seat(role).inHouse, place?.people ?? 0);
}

/** How a shared seat names its role and the playbook's level for it at a stage: what every kind carries. */
export function seatNaming(
  playbook: Playbook,
  role: RoleId,
  stage: StageId,
): Pick<SharedSeat, 'roleName' | 'shortName' | 'levelLabel' | 'levelStageName'> {
  return {
    roleName: playbook.roles[role].name,
    shortName: playbook.roles[role].shortName,
    levelLabel: playbook.levels[playbook.roles[role].seats[stage]]?.label ?? '',
    levelStageName: playbook.stages[stage].name,
  };
}

function platformSeat(
  teams: readonly AssessedTeam[],
  playbook: Playbook,
  role: RoleId,
  kind: 'platform' | 'function',
  newSeatPeople: number,
): SharedSeat | null {
  const top = STAGE_IDS[STAGE_IDS.length - 1] as StageId;
  // A stale team's needs wait for its re-assessment: no shared seat is sized on them.
  const lacking = teams.filter(
    (team) =>
      !team.stale &&
      STAGE_IDS.indexOf(team.assessment.headcount.judgedAgainst) > 0 &&
      need(team.seat(role)) > 0,
  );
  if (lacking.length === 0) return null;
  const isLacking = new Set(lacking);
  const latestStage = Math.max(...lacking.map(stageIndex));
  const others = teams.filter(
    (team) => !isLacking.has(team) && stageIndex(team) > 0 && stageIndex(team) >= latestStage,
  );
  // The team that runs the seat as the playbook's top stage does: the scale team with the most people staying
  // in it (its own answer may upskill some of them into another seat, or move them out to make room).
  const runners = others
    .filter((team) => {
      const row = team.seat(role);
      return team.assessment.stage.id === top && staying(team, role) >= Math.max(row.now.minCount, 1);
    })
    .sort((a, b) => staying(b, role) - staying(a, role) || byName(a, b));
  const runner = runners[0] ?? null;
  const lenders = others.filter((team) => spareIn(team, role) > 0).sort(byName);
  const perTeamPeople = lacking.reduce((sum, team) => sum + need(team.seat(role)), 0);
  const spare = lenders.reduce((sum, team) => sum + spareIn(team, role), 0);

  let mode: SharedSeat['mode'];
  let lent: number;
  let toAdd: number;
  if (lacking.length >= 2) {
    mode = runner || lenders.length > 0 ? 'built_around' : 'new';
    const size = sharedSize(lacking.length, runner !== null, newSeatPeople);
    lent = Math.min(spare, size);
    toAdd = Math.max(0, Math.min(perTeamPeople - lent, size - lent));
  } else if (spare >= perTeamPeople) {
    mode = 'lent';
    lent = perTeamPeople;
    toAdd = 0;
  } else if (runner) {
    mode = 'built_around';
    lent = spare;
    toAdd = perTeamPeople - spare;
  } else {
    // Not enough to spare and no platform to join: the team fills its own seat.
    return null;
  }
  const holders = [...(runner ? [runner] : []), ...lenders.filter((team) => team !== runner)];
  const urgent = lacking.some(
    (team) => team.seat(role).toFill.now > 0 && team.record.profile.urgency === 'weeks',
  );
  // The teams' own answers decide how its people come in: teams whose answers all augment get the contractors
  // they asked for, as a bridge converted once it runs. A seat a team needs within weeks is bridged too, even
  // when a team's own answer hires for it: a full-time search is slow in a scarce market (the playbook's speed
  // column), so contractors start it and the search runs alongside. Otherwise a team's own answer that hires
  // for the seat (a standing function worth a permanent hire) gets a hire.
  const own = lacking.map((team) => lackingEntry(team, role).ownAction);
  const bridged = toAdd > 0 && (urgent || own.every((action) => action === 'augment'));
  // Teams that hold the seat for their own work without running it for others (not at the top stage).
  const heldBy = teams
    .filter(
      (team) => !isLacking.has(team) && team !== runner && stageIndex(team) > 0 && team.seat(role).total > 0,
    )
    .sort(byName)
    .map((team) => ({
      teamId: team.record.id,
      people: team.seat(role).total,
      aboveBand: team.assessment.headcount.position === 'above',
    }));
  return {
    kind,
    mode,
    role,
    ...seatNaming(playbook, role, top),
    lacking: lacking.map((team) => lackingEntry(team, role)),
    runBy: runner
      ? {
          teamId: runner.record.id,
          people: staying(runner, role),
          augmented: Math.min(runner.seat(role).augmented, staying(runner, role)),
          stale: runner.stale,
        }
      : null,
    heldBy,
    servedBy: holders.map((team) => ({
      teamId: team.record.id,
      role,
      shortName: playbook.roles[role].shortName,
      people: team === runner ? staying(team, role) : team.seat(role).total,
      spare: spareIn(team, role),
      stale: team.stale,
    })),
    perTeamPeople,
    lent,
    toAdd,
    timing: lacking.some((team) => team.seat(role).toFill.now > 0) ? 'now' : 'before_next_stage',
    when: earliestWhen(lacking, role),
    // Platforms and functions are durable work at the top stage: hired (or converted), never rented for good.
    action: toAdd === 0 ? 'none' : bridged ? 'augment' : 'hire',
    // A team whose own answer hires full-time for the seat keeps that hire: it replaces one of the contractors,
    // so it is counted as a hire, not as a contractor to convert.
    bridge: bridged
      ? {
          people: toAdd,
          replacedByHires: Math.min(toAdd, own.filter((action) => action === 'hire').length),
          convertBy: 'once_running',
        }
      : null,
  };
}

/**
 * At a pilot the playbook lets some seats be shared ("Shared": backend, data, design). A pilot whose own answer
 * adds one person to such a seat now can share, part-time, a sister pilot's person beyond what that pilot's own
 * answer needs: in the seat itself, else in a seat the playbook lets carry its work (a data engineer carries
 * backend work, and the answer says "one backend or data engineer"). Each spare person serves one sister pilot,
 * whatever seat it is lent for. A pilot heading for production does not borrow (the next stage wants the seat
 * as its own), but lends what its answer has beyond the next stage's need.
 */
function partTimeSeats(teams: readonly AssessedTeam[], playbook: Playbook): SharedSeat[] {
  const pilots = teams.filter((team) => team.assessment.stage.id === 'pilot');
  const lenders = [...pilots].sort(byName);
  // Spare people left per pilot and seat, across every seat they are lent for.
  const left = new Map<string, number>();
  const spareLeft = (team: AssessedTeam, role: RoleId) =>
    left.get(`${team.record.id}/${role}`) ?? partTimeSpareIn(team, role);
  const seats: SharedSeat[] = [];
  for (const role of ROLE_IDS) {
    const borrowers = pilots
      .filter((team) => {
        if (team.record.profile.headingToNext || team.stale) return false;
        const row = team.seat(role);
        const own = team.assessment.suggestions.filter((suggestion) => suggestion.role === role);
        return (
          row.now.need === 'shared' &&
          row.total === 0 &&
          row.toFill.now === 1 &&
          row.toFill.beforeNext === 0 &&
          own.length === 1 &&
          own[0]?.action !== 'convert'
        );
      })
      // The pilot that needs the seat soonest shares first; the others fill it as their own answers say.
      .sort((a, b) => urgencyIndex(a) - urgencyIndex(b) || byName(a, b));
    if (borrowers.length === 0) continue;
    // The seat's own people first, then those of a seat that may carry its work at a pilot.
    const level = playbook.levels[playbook.roles[role].seats.pilot];
    const carriers = [
      role,
      ...(level?.sharedWith ? [level.sharedWith] : []),
      ...playbook.roles[role].carriedBy,
    ].filter((carrier, index, all) => all.indexOf(carrier) === index);
    for (const borrower of borrowers) {
      let found: { team: AssessedTeam; role: RoleId } | null = null;
      for (const carrier of carriers) {
        const team = lenders.find((candidate) => candidate !== borrower && spareLeft(candidate, carrier) > 0);
        if (team) {
          found = { team, role: carrier };
          break;
        }
      }
      if (!found) break;
      const { team: lender, role: lentRole } = found;
      left.set(`${lender.record.id}/${lentRole}`, spareLeft(lender, lentRole) - 1);
      seats.push({
        kind: 'part_time',
        mode: 'lent',
        role,
        ...seatNaming(playbook, role, 'pilot'),
        lacking: [lackingEntry(borrower, role)],
        runBy: null,
        heldBy: [],
        servedBy: [
          {
            teamId: lender.record.id,
            role: lentRole,
            shortName: playbook.roles[lentRole].shortName,
            people: lender.seat(lentRole).total,
            spare: 1,
            stale: lender.stale,
          },
        ],
        perTeamPeople: 1,
        lent: 1,
        toAdd: 0,
        timing: 'now',
        when: whenNeeded('now', borrower.record.profile.urgency),
        action: 'none',
        bridge: null,
      });
    }
  }
  return seats;
}

/**
 * Pilots whose own answers each add one person to a seat the playbook lets a pilot share ("Shared": the
 * answer says "the seat can be part-time or shared with another team"), and that no spare or freed person
 * fills (`taken`), share one new person part-time, two pilots to a person, the most pressing first: one hire
 * or contractor instead of two. It comes in as their answers say: a contractor when both augment.
 */
export function pairedPartTimeSeats(
  teams: readonly AssessedTeam[],
  playbook: Playbook,
  taken: ReadonlySet<string>,
): SharedSeat[] {
  const seats: SharedSeat[] = [];
  for (const role of ROLE_IDS) {
    const wanting = teams
      .filter((team) => {
        if (team.assessment.stage.id !== 'pilot' || team.record.profile.headingToNext || team.stale)
          return false;
        if (taken.has(`${role}/${team.record.id}`)) return false;
        const row = team.seat(role);
        const own = team.assessment.suggestions.filter((suggestion) => suggestion.role === role);
        return (
          row.now.need === 'shared' &&
          row.total === 0 &&
          row.toFill.now === 1 &&
          row.toFill.beforeNext === 0 &&
          own.length === 1 &&
          (own[0]?.action === 'augment' || own[0]?.action === 'hire')
        );
      })
      .sort((a, b) => urgencyIndex(a) - urgencyIndex(b) || byName(a, b));
    for (let index = 0; index + 1 < wanting.length; index += 2) {
      const pair = [wanting[index], wanting[index + 1]] as [AssessedTeam, AssessedTeam];
      const lacking = pair.map((team) => lackingEntry(team, role));
      seats.push({
        kind: 'part_time',
        mode: 'new',
        role,
        ...seatNaming(playbook, role, 'pilot'),
        lacking,
        runBy: null,
        heldBy: [],
        servedBy: [],
        perTeamPeople: 2,
        lent: 0,
        toAdd: 1,
        timing: 'now',
        when: earliest(lacking.map((team) => team.when)),
        action: lacking.every((team) => team.ownAction === 'augment') ? 'augment' : 'hire',
        bridge: null,
      });
    }
  }
  return seats;
}

/**
 * Pilots left to add one person to a seat the playbook lets a pilot share, with no shared seat filling it
 * (`taken`), and a sister pilot that holds that seat: the team may share the sister's person part-time instead,
 * as its own answer allows ("the seat can be part-time or shared with another team"). A holder is offered to
 * one such pilot, and not one already lending in that seat. By `role/teamId`, the holder's id.
 */
export function sisterPilotHolders(
  teams: readonly AssessedTeam[],
  shared: readonly SharedSeat[],
): Map<string, string> {
  const taken = new Set(shared.flatMap((seat) => seat.lacking.map((team) => `${seat.role}/${team.teamId}`)));
  // A pilot already lending a person in the seat is not offered again.
  const lending = new Set(
    shared.flatMap((seat) => seat.servedBy.map((holder) => `${seat.role}/${holder.teamId}`)),
  );
  const holders = new Map<string, string>();
  const pilots = teams.filter((team) => team.assessment.stage.id === 'pilot' && !team.stale).sort(byName);
  for (const role of ROLE_IDS) {
    const used = new Set<AssessedTeam>();
    const wanting = pilots
      .filter((team) => !team.record.profile.headingToNext && !taken.has(`${role}/${team.record.id}`))
      .filter((team) => {
        const row = team.seat(role);
        const own = team.assessment.suggestions.filter((suggestion) => suggestion.role === role);
        return (
          row.now.need === 'shared' &&
          row.total === 0 &&
          row.toFill.now === 1 &&
          row.toFill.beforeNext === 0 &&
          own.length === 1 &&
          (own[0]?.action === 'augment' || own[0]?.action === 'hire')
        );
      })
      .sort((a, b) => urgencyIndex(a) - urgencyIndex(b) || byName(a, b));
    for (const team of wanting) {
      const holder = pilots.find(
        (other) =>
          other !== team &&
          !used.has(other) &&
          !lending.has(`${role}/${other.record.id}`) &&
          // A pilot heading for production keeps its people for the move.
          !other.record.profile.headingToNext &&
          other.seat(role).now.need === 'shared' &&
          other.seat(role).total > 0 &&
          other.seat(role).toFill.now === 0,
      );
      if (!holder) break;
      used.add(holder);
      holders.set(`${role}/${team.record.id}`, holder.record.id);
    }
  }
  return holders;
}

/**
 * People who stay in the seat on the team's own answer: not those it upskills into another seat (`upskillFrom`),
 * nor those it moves out to make room. Only they can run a platform for others.
 */
export function staying(team: AssessedTeam, role: RoleId): number {
  const upskilled = team.assessment.suggestions
    .filter((suggestion) => suggestion.action === 'build' && suggestion.upskillFrom === role)
    .reduce((sum, suggestion) => sum + suggestion.people, 0);
  const moved = team.assessment.plan.pastBand
    ? team.assessment.plan.makeRoom
        .filter((place) => place.role === role)
        .reduce((sum, place) => sum + place.people, 0)
    : 0;
  return Math.max(0, team.seat(role).total - upskilled - moved);
}

function lackingEntry(team: AssessedTeam, role: RoleId): SharedSeat['lacking'][number] {
  const row = team.seat(role);
  const timing = row.toFill.now > 0 ? 'now' : 'before_next_stage';
  const own = team.assessment.suggestions.find(
    (suggestion) => suggestion.role === role && suggestion.action !== 'convert',
  );
  return {
    teamId: team.record.id,
    people: need(row),
    now: row.toFill.now,
    has: row.total,
    stale: team.stale,
    timing,
    when: whenNeeded(timing, team.record.profile.urgency),
    ownAction: own?.action ?? ('hire' satisfies Action),
  };
}

function earliestWhen(teams: readonly AssessedTeam[], role: RoleId) {
  return earliest(teams.map((team) => lackingEntry(team, role).when));
}

/**
 * People a shared seat needs, our rule of thumb rather than the playbook's (which gives platforms and functions
 * no size): about one for every two teams it serves. A new one starts at the playbook file's
 * `rulesOfThumb.newSharedSeatPeople` (two, so it has cover); one run by a team that already runs the seat has
 * that cover.
 */
function sharedSize(teams: number, run: boolean, newSeatPeople: number): number {
  const perTwoTeams = Math.ceil(teams / 2);
  return run ? perTwoTeams : Math.max(newSeatPeople, perTwoTeams);
}

import { assess } from '../assess.js';
import type { Action, Assessment, GridRow, RoomToMake, Severity } from '../assessment.js';
import { SEVERITIES } from '../assessment.js';
import { roomToMake } from '../make-room.js';
import { ROLE_IDS, type RoleId, URGENCIES, type Urgency } from '../playbook/ids.js';
import { getDefaultPlaybook } from '../playbook/load.js';
import type { Playbook } from '../playbook/schema.js';
import { TeamContext } from '../team-context.js';
import { countNoun, inSentence, listInWords, pluralOf } from '../wording.js';
import {
  type ActionCounts,
  type CompanyPlan,
  type CompanySeat,
  type PlanRole,
  type PlanService,
  type PlanTeam,
  type PlanTeamSeat,
  SEAT_STATES,
  type SeatState,
  type SharedSeat,
  type TeamOnRecord,
  type When,
} from './company-plan.js';
import { freedPeopleSeats } from './freed-people.js';
import { findSharedSeats, pairedPartTimeSeats, sisterPilotHolders } from './shared-seats.js';
import { whenNeeded } from './when.js';

/** The playbook gives no shelf life; a quarter is how long our reminders let a team go between check-ins. */
export const STALE_AFTER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Short column heads for the picture, in the playbook's role order. */
const ABBREVIATIONS: Record<RoleId, string> = {
  ai_engineer: 'AI eng',
  backend: 'Backend',
  ai_pm: 'AI PM',
  data_engineer: 'Data eng',
  mlops: 'MLOps',
  eval_specialist: 'Eval',
  ml_engineer: 'ML eng',
  data_scientist: 'Data sci',
  frontend_design: 'Front/design',
  security: 'Security',
};

/** A team with its advice, while the plan is being put together. */
export interface AssessedTeam {
  record: TeamOnRecord;
  assessment: Assessment;
  ageDays: number;
  stale: boolean;
  seat(role: RoleId): GridRow;
  /**
   * Every place the team's own answer would make room, first to last: make-room's `roomToMake` over the same
   * seat verdicts, which is the answer's `plan.makeRoom` whenever the answer says where to make room. What
   * the plan takes as a team's spare people is read from here and nowhere else.
   */
  room: readonly RoomToMake[];
}

/**
 * Many teams in, one plan out. Each team's latest answers are assessed again with the playbook in force, so
 * every team line, seat and shared-platform suggestion reads the same seat verdicts a single answer shows.
 * Pure: `now` is the only notion of time.
 */
export function planHiring(
  records: readonly TeamOnRecord[],
  now: Date,
  playbook: Playbook = getDefaultPlaybook(),
): CompanyPlan {
  const teams: AssessedTeam[] = records.map((record) => {
    const assessment = assess(record.profile, playbook);
    const byRole = new Map(assessment.grid.map((row) => [row.role, row]));
    const ageDays = Math.max(0, Math.floor((now.getTime() - record.assessedAt.getTime()) / DAY_MS));
    const stale = ageDays > STALE_AFTER_DAYS;
    const room = roomToMake(new TeamContext(record.profile, playbook), byRole);
    return { record, assessment, ageDays, stale, seat: (role) => byRole.get(role) as GridRow, room };
  });
  const shared = findSharedSeats(teams, playbook);
  // People teams free to make room fill sister teams' seats before anyone new is hired for them.
  shared.push(
    ...freedPeopleSeats(
      teams,
      playbook,
      new Set(shared.flatMap((seat) => seat.lacking.map((team) => `${seat.role}/${team.teamId}`))),
      shared,
    ),
  );
  // Pilots left to add one person each in a seat the playbook lets them share share one new person instead.
  shared.push(
    ...pairedPartTimeSeats(
      teams,
      playbook,
      new Set(shared.flatMap((seat) => seat.lacking.map((team) => `${seat.role}/${team.teamId}`))),
    ),
  );
  // Which shared seat serves a team's seat, by role and team: a plan may hold thousands of teams.
  const servedBy = new Map<string, SharedSeat>();
  for (const seat of shared) {
    for (const lacking of seat.lacking) servedBy.set(`${seat.role}/${lacking.teamId}`, seat);
  }
  // Each team seat's place in the order to fill, kept beside the plan rather than in it.
  const keys = new Map<PlanTeamSeat, Key>();
  const sharedOf = new Map<PlanTeamSeat, SharedSeat>();
  // Pilots still adding one person to a seat a sister pilot holds may share that person part-time instead.
  const holders = sisterPilotHolders(teams, shared);
  const lines = teams.map((team) => planTeam(team, servedBy, keys, sharedOf, holders));
  rankTeams(lines, keys);
  const stepOf = new Map<SharedSeat, number>();
  const seats = companySteps(lines, shared, keys, stepOf);
  // The shared seats in the order of their steps, and their teams in rank order, so the plan reads the same
  // whatever order the teams came in.
  const rankOf = new Map(lines.map((line) => [line.id, line.rank]));
  for (const seat of shared) {
    seat.lacking.sort((a, b) => (rankOf.get(a.teamId) ?? 0) - (rankOf.get(b.teamId) ?? 0));
  }
  shared.sort((a, b) => (stepOf.get(a) ?? 0) - (stepOf.get(b) ?? 0));
  // Each shared seat's place, on the team seats it fills and the steps that hold them.
  const indexOf = new Map(shared.map((seat, index) => [seat, index]));
  for (const [seat, by] of sharedOf) seat.sharedIndex = indexOf.get(by) ?? null;
  const lineOf = new Map(lines.map((line) => [line.id, line]));
  for (const step of seats) {
    for (const entry of step.teams) {
      if (!entry.shared) continue;
      const seat = lineOf
        .get(entry.teamId)
        ?.seats.find((own) => own.role === step.role && own.sharedIndex !== null);
      entry.sharedIndex = seat?.sharedIndex ?? null;
    }
  }
  addServices(lines, shared);
  addFreedUnplaced(lines, teams);
  return {
    asOf: now.toISOString(),
    staleAfterDays: STALE_AFTER_DAYS,
    teams: lines,
    seats,
    shared,
    totals: totalsOf(lines, seats, shared),
    roles: ROLE_IDS.map(
      (id): PlanRole => ({
        id,
        name: playbook.roles[id].name,
        shortName: playbook.roles[id].shortName,
        abbreviation: ABBREVIATIONS[id],
      }),
    ),
  };
}

function planTeam(
  team: AssessedTeam,
  servedBy: ReadonlyMap<string, SharedSeat>,
  keys: Map<PlanTeamSeat, Key>,
  sharedOf: Map<PlanTeamSeat, SharedSeat>,
  holders: ReadonlyMap<string, string>,
): PlanTeam {
  const { record, assessment } = team;
  const top = assessment.stallPoints[0];
  const urgency = record.profile.urgency;
  // The team's own answer's order, kept: its seats in the plan are its suggestions, one for one.
  // Within the seats needed at one time, never against the team's own order.
  const previous = new Map<When, Key>();
  const heading = Boolean(assessment.profile.headingToNext);
  const seats = assessment.suggestions.map((suggestion, index): PlanTeamSeat => {
    const sharedSeat =
      suggestion.action === 'convert' ? undefined : servedBy.get(`${suggestion.role}/${record.id}`);
    const stall = assessment.stallPoints.find((point) => point.seatsToFill.includes(suggestion.role));
    const seat: PlanTeamSeat = {
      role: suggestion.role,
      roleName: suggestion.roleName,
      // A team's own full-time hire for a bridged shared seat stays a hire: it replaces one of the contractors.
      action: sharedSeat
        ? sharedSeat.bridge && suggestion.action === 'hire'
          ? 'hire'
          : sharedSeat.action
        : suggestion.action,
      ownAction: suggestion.action,
      timing: suggestion.timing,
      people: suggestion.people,
      // A shared seat is timed by the shared platform (its step); the team's own, by whether it is heading on.
      when: whenNeeded(suggestion.timing, urgency, Boolean(sharedSeat) || heading),
      severity: stall?.severity ?? null,
      stallId: stall?.id ?? null,
      shared: sharedSeat?.kind ?? null,
      lent: sharedSeat?.mode === 'lent',
      sharedIndex: null,
      // A stale team's own seats wait for its re-assessment (shared seats never count on a stale team).
      pending: team.stale && !sharedSeat,
      partTimeWith: sharedSeat ? null : (holders.get(`${suggestion.role}/${record.id}`) ?? null),
    };
    if (sharedSeat) sharedOf.set(seat, sharedSeat);
    // A seat never goes before one its own team's answer puts ahead of it for the same time: its key is at
    // least theirs.
    const own = seatKey(seat, urgency, heading, index);
    const before = previous.get(seat.when);
    // Past the seat before it, in the team's own order: its place among equals is its own index.
    const key: Key =
      before && compareKeys(before, own) > 0 ? ([...before.slice(0, 5), index] as unknown as Key) : own;
    keys.set(seat, key);
    previous.set(seat.when, key);
    return seat;
  });
  const added = seats
    .filter(
      (seat) => inThisPlan(seat) && !seat.shared && (seat.action === 'hire' || seat.action === 'augment'),
    )
    .reduce((sum, seat) => sum + seat.people, 0);
  // Seats the team's own answer frees people from to make room, when its additions pass its band.
  const freeing = new Set(
    assessment.plan.pastBand ? assessment.plan.makeRoom.map((place) => place.role) : [],
  );
  // The picture draws this plan: a seat the team's own answer fills only when it heads for the next stage,
  // which it is not doing, is drawn as it stands today (held by its contractors, say), not as one to act on.
  const cells = ROLE_IDS.map((role) =>
    seatState(
      team.seat(role),
      seats.filter((seat) => seat.role === role && seat.when !== 'at_next_stage'),
      freeing.has(role),
      urgency,
    ),
  );
  return {
    id: record.id,
    name: record.profile.name ?? null,
    channelId: record.channelId,
    source: record.source,
    stage: assessment.stage.id,
    stageName: assessment.stage.name,
    headingTo:
      assessment.profile.headingToNext && assessment.nextStage
        ? { id: assessment.nextStage.id, name: assessment.nextStage.name }
        : null,
    nextStage: assessment.nextStage ? { id: assessment.nextStage.id, name: assessment.nextStage.name } : null,
    headcount: {
      total: assessment.headcount.total,
      judgedAgainst: assessment.headcount.judgedAgainst,
      judgedAgainstName:
        assessment.headcount.judgedAgainst === assessment.stage.id
          ? assessment.stage.name
          : (assessment.nextStage?.name ?? assessment.headcount.judgedAgainst),
      band: assessment.headcount.band,
      position: assessment.headcount.position,
      after: assessment.headcount.total + added,
    },
    stageHint: assessment.headcount.stageHint
      ? {
          looksLike: assessment.headcount.stageHint.looksLike,
          looksLikeName: assessment.headcount.stageHint.looksLikeName,
        }
      : null,
    topStall: top ? { id: top.id, title: top.title, severity: top.severity } : null,
    stallPoints: assessment.stallPoints.map((point) => ({
      id: point.id,
      title: point.title,
      severity: point.severity,
      seatsToFill: [...point.seatsToFill],
    })),
    urgency,
    seats,
    ownersToName: assessment.grid.filter((row) => row.status === 'unowned').map((row) => row.shortName),
    pastBand: assessment.plan.pastBand,
    makeRoom: assessment.plan.pastBand ? whereToMakeRoom(team) : null,
    serves: [],
    freedUnplaced: [],
    assessedAt: record.assessedAt.toISOString(),
    ageDays: team.ageDays,
    stale: team.stale,
    cells,
    rank: 0,
    profile: record.profile,
  };
}

/**
 * A team seat the plan acts on: filled from a shared seat, or the team's own, unless it waits for a stale
 * team's re-assessment (`pending`) or for a move to the next stage the team has not planned (`at_next_stage`).
 * Only these are in the steps, the totals and the headcount after.
 */
export function inThisPlan(seat: Pick<PlanTeamSeat, 'shared' | 'pending' | 'when'>): boolean {
  return seat.shared !== null || (!seat.pending && seat.when !== 'at_next_stage');
}

/** Why the team's own answer names a place to make room, and its verb for it, in the plan's words. */
const ROOM_REASONS = {
  ahead_of_stage: ['moving out', 'ahead of the stage'],
  not_needed: ['moving out', 'not needed for what the team builds'],
  over: ['trimming', 'more than the stage needs'],
  beyond_need: ['sharing', 'beyond what the seat needs'],
} as const;

/**
 * Where the team's own answer makes room (its `plan.makeRoom`, first places first), in words, with its own
 * answer's verbs: "by moving out 2 data scientists (ahead of the stage) and sharing 2 ML engineers (beyond what
 * the seat needs)". Null when it names no place.
 */
function whereToMakeRoom(team: AssessedTeam): string | null {
  const room = team.assessment.plan.makeRoom;
  if (room.length === 0) return null;
  let lastVerb = '';
  const places = room.slice(0, 3).map((place) => {
    const [verb, why] = ROOM_REASONS[place.reason];
    const seat = inSentence(team.seat(place.role).shortName);
    const part = `${countNoun(place.people, seat, pluralOf(seat))} (${why})`;
    // A verb once for a run of the same kind: "moving out 2 data scientists (...) and 1 ML engineer (...)".
    const said = verb === lastVerb ? part : `${verb} ${part}`;
    lastVerb = verb;
    return said;
  });
  return `by ${listInWords(places)}`;
}

/**
 * A seat's one state, from the team's own verdict and its own suggestions for it (with where the plan fills
 * them), and whether the team frees people from it to make room: the same state every output reads, so the
 * picture draws what the plan does with the seat.
 */
export function seatState(
  row: GridRow,
  seats: readonly PlanTeamSeat[],
  freeing = false,
  urgency: Urgency = 'this_quarter',
): SeatState {
  if (seats.some((seat) => seat.shared !== null && seat.shared !== 'moved')) return 'from_shared';
  if (seats.some((seat) => seat.shared === 'moved')) return 'moved_in';
  // A stale team's own seats wait for its re-assessment: not "to fill now", whatever its answer's timing.
  if (seats.some((seat) => seat.pending)) return 'on_hold';
  const adds = seats.filter((seat) => seat.action !== 'convert');
  if (adds.some((seat) => seat.timing === 'now')) return urgency === 'no_rush' ? 'fill_later' : 'fill_now';
  if (adds.length > 0) return 'before_move';
  if (seats.length > 0) return 'to_convert';
  if (freeing) return 'over';
  if (row.status === 'unowned') return 'owner_to_name';
  if (row.status === 'over' || row.status === 'premature') return 'over';
  if (row.total > 0) return 'held';
  // Covered by the person another seat adds (one backend or data engineer covers both at a pilot): nobody
  // carries it today, so it is not drawn as carried.
  if (row.fillVia !== null) return 'with_new_seat';
  if (row.status === 'carried') return 'carried';
  return 'not_needed';
}

/** Each shared seat's runner and lenders have the job in their own line. */
function addServices(lines: readonly PlanTeam[], shared: readonly SharedSeat[]): void {
  const byId = new Map(lines.map((line) => [line.id, line]));
  for (const seat of shared) {
    const teamIds = seat.lacking.map((team) => team.teamId);
    // The people lent, taken from the lenders in turn.
    let toLend = seat.lent;
    for (const holder of seat.servedBy) {
      const line = byId.get(holder.teamId);
      if (!line) continue;
      const runs = seat.runBy?.teamId === holder.teamId;
      const service: PlanService = {
        // The seat its own people hold: for a part-time share, maybe one that carries the shared seat's work.
        role: holder.role,
        roleName: holder.shortName,
        kind: seat.kind,
        how: runs ? 'runs' : seat.kind === 'moved' ? 'moves' : 'lends',
        people: runs ? holder.people : Math.min(holder.spare, toLend),
        toAdd: runs ? seat.toAdd : 0,
        teamIds,
      };
      if (!runs) toLend -= service.people;
      if (!runs && service.people === 0) continue;
      line.serves.push(service);
      // The shared seat's new people join the team that runs it; people who move leave the team that frees them.
      if (runs) line.headcount.after += seat.toAdd;
      if (seat.kind === 'moved') line.headcount.after -= service.people;
    }
    // ... and join the team they move to.
    if (seat.kind === 'moved') {
      for (const team of seat.lacking) {
        const line = byId.get(team.teamId);
        if (line) line.headcount.after += team.people;
      }
    }
  }
}

/** People a team's own answer frees to make room that no sister team takes: said, so none goes unmentioned. */
function addFreedUnplaced(lines: readonly PlanTeam[], teams: readonly AssessedTeam[]): void {
  const byId = new Map(lines.map((line) => [line.id, line]));
  for (const team of teams) {
    const line = byId.get(team.record.id);
    if (!line || !team.assessment.plan.pastBand || team.stale) continue;
    for (const place of team.assessment.plan.makeRoom) {
      const placed = line.serves
        .filter((service) => service.role === place.role && service.how !== 'runs')
        .reduce((sum, service) => sum + service.people, 0);
      const left = place.people - placed;
      if (left > 0) {
        line.freedUnplaced.push({
          role: place.role,
          roleName: team.seat(place.role).shortName,
          people: left,
          reason: place.reason,
          convertingTeamIds: lines
            .filter(
              (other) =>
                other !== line &&
                other.seats.some(
                  // A conversion for a move not planned yet is offered too: the freed person is here now.
                  (seat) => seat.role === place.role && seat.action === 'convert' && !seat.pending,
                ),
            )
            .map((other) => other.id),
        });
      }
    }
  }
}

/**
 * The order to fill in, first by when the seat is needed (`timeTier`), then the team's urgency, then the
 * severity of the stall point it answers, conversions after additions, then the playbook's sequence of roles.
 * Within a team, never against its own answer's order.
 */
type Key = readonly [
  tier: number,
  urgency: number,
  severity: number,
  convert: number,
  sequence: number,
  own: number,
];

/**
 * How soon a seat is needed, in four tiers: a seat for the stage the team is at, needed within weeks or this
 * quarter; then a seat a team heading for the next stage needs before its move (no date, but a move is coming);
 * then a seat a team in no rush needs; last, a seat for a next stage the team is not heading to yet (no move,
 * so no date). So an undated "before the move" never ranks above a seat a team needs this quarter.
 */
function timeTier(when: When, heading: boolean): number {
  if (when === 'within_weeks' || when === 'this_quarter') return 0;
  if (when === 'at_next_stage') return 3;
  if (when === 'before_move') return heading ? 1 : 3;
  return 2;
}

function seatKey(
  seat: Pick<PlanTeamSeat, 'severity' | 'when' | 'action' | 'role'>,
  urgency: Urgency,
  heading: boolean,
  own: number,
): Key {
  return [
    timeTier(seat.when, heading),
    URGENCIES.indexOf(urgency),
    seat.severity === null ? SEVERITIES.length : SEVERITIES.indexOf(seat.severity),
    seat.action === 'convert' ? 1 : 0,
    ROLE_IDS.indexOf(seat.role),
    own,
  ];
}

const NOTHING_TO_FILL: Key = [Number.MAX_SAFE_INTEGER, 0, 0, 0, 0, 0];

function compareKeys(a: Key, b: Key): number {
  for (let index = 0; index < a.length; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The first of some keys in the order to fill; NOTHING_TO_FILL for none. */
function firstKey(keys: readonly Key[]): Key {
  return keys.reduce((best, key) => (compareKeys(key, best) < 0 ? key : best), NOTHING_TO_FILL);
}

function peopleToAdd(team: PlanTeam): number {
  return team.seats.reduce((sum, seat) => sum + (seat.action === 'convert' ? 0 : seat.people), 0);
}

/**
 * A team's place: its most pressing seat in this plan, with whether its answers are stale put right after the
 * urgency, so a stale team comes after every other team in the same urgency (its seats wait for its
 * re-assessment and rank nothing). A team with no seat of its own in this plan (nothing to add, an owner to name,
 * a platform it runs) is as pressing as its urgency says, then its most severe stall point.
 */
function teamKey(team: PlanTeam, seatKeys: ReadonlyMap<PlanTeamSeat, Key>): readonly number[] {
  const own = firstKey(
    team.seats
      .filter((seat) => !team.stale && inThisPlan(seat))
      .map((seat) => seatKeys.get(seat) ?? NOTHING_TO_FILL),
  );
  const stale = team.stale ? 1 : 0;
  if (own !== NOTHING_TO_FILL) return [own[0], own[1], stale, ...own.slice(2)];
  const severity = team.topStall ? SEVERITIES.indexOf(team.topStall.severity) : SEVERITIES.length;
  const urgency = URGENCIES.indexOf(team.urgency);
  return [team.urgency === 'no_rush' ? 2 : 0, urgency, stale, severity, 2, ROLE_IDS.length, 0];
}

/** Most pressing first; among equals, the team with more to fill, then by name and id so the order is stable. */
function rankTeams(teams: PlanTeam[], seatKeys: ReadonlyMap<PlanTeamSeat, Key>): void {
  const keys = new Map(teams.map((team) => [team.id, teamKey(team, seatKeys) as unknown as Key]));
  teams.sort(
    (a, b) =>
      compareKeys(keys.get(a.id) as Key, keys.get(b.id) as Key) ||
      peopleToAdd(b) - peopleToAdd(a) ||
      (a.name ?? '').localeCompare(b.name ?? '') ||
      a.id.localeCompare(b.id),
  );
  teams.forEach((team, index) => {
    team.rank = index + 1;
  });
}

const NO_PEOPLE: ActionCounts = { hires: 0, contractors: 0, upskilled: 0, conversions: 0 };

function countAction(counts: ActionCounts, action: Action | 'none', people: number): ActionCounts {
  if (action === 'none') return counts;
  const field = (
    { hire: 'hires', augment: 'contractors', build: 'upskilled', convert: 'conversions' } as const
  )[action];
  return { ...counts, [field]: counts[field] + people };
}

/**
 * The people a shared platform or function brings in, by how they come: its contractors as a bridge (each one
 * also a conversion), or its full-time hires. People lent or moved from other teams are not new.
 */
export function sharedSeatPeople(seat: Pick<SharedSeat, 'bridge' | 'toAdd' | 'action'>): ActionCounts {
  if (seat.bridge) {
    const { people, replacedByHires } = seat.bridge;
    const contractors = people - replacedByHires;
    return countAction(
      countAction(countAction(NO_PEOPLE, 'augment', contractors), 'convert', contractors),
      'hire',
      replacedByHires,
    );
  }
  if (seat.toAdd === 0) return NO_PEOPLE;
  // A part-time seat two pilots share comes in as their answers say: a contractor, not a bridge to convert.
  return countAction(NO_PEOPLE, seat.action === 'augment' ? 'augment' : 'hire', seat.toAdd);
}

/**
 * The company's steps: each shared platform or function once, at the time its most pressing team needs it,
 * and the teams' own seats by role and by when they are needed. A step is as pressing as its most pressing
 * team's seat.
 */
function companySteps(
  teams: readonly PlanTeam[],
  shared: readonly SharedSeat[],
  seatKeys: ReadonlyMap<PlanTeamSeat, Key>,
  stepOf: Map<SharedSeat, number>,
): CompanySeat[] {
  const steps: { step: CompanySeat; key: Key; from?: SharedSeat }[] = [];
  const byId = new Map(teams.map((team) => [team.id, team]));
  const rankOf = (teamId: string) => byId.get(teamId)?.rank ?? 0;
  const entry = (team: PlanTeam, seat: PlanTeamSeat) => ({
    teamId: team.id,
    action: seat.action,
    timing: seat.timing,
    people: seat.people,
    severity: seat.severity,
    shared: seat.shared !== null,
    sharedIndex: null as number | null,
    partTimeWith: seat.partTimeWith,
  });

  for (const seat of shared) {
    const served = seat.lacking.flatMap(({ teamId }) => {
      const team = byId.get(teamId);
      return team
        ? team.seats
            .filter((own) => own.role === seat.role && own.shared)
            .map((own) => ({ team, own, key: seatKeys.get(own) ?? NOTHING_TO_FILL }))
        : [];
    });
    served.sort((a, b) => compareKeys(a.key, b.key) || a.team.rank - b.team.rank);
    const people = sharedSeatPeople(seat);
    steps.push({
      key: firstKey(served.map((item) => item.key)),
      from: seat,
      step: {
        role: seat.role,
        roleName: seat.shortName,
        rank: 0,
        // When its most pressing team needs it, the one that puts it in its place.
        when: served[0]?.own.when ?? seat.when,
        peopleNow: seat.timing === 'now' ? seat.toAdd : 0,
        peopleShared: seat.toAdd,
        lent: seat.lent,
        peopleBeforeNext: seat.timing === 'now' ? 0 : seat.toAdd,
        toConvert: people.conversions,
        people,
        shared: seat.kind,
        severity: mostSevere(served.map((item) => item.own.severity)),
        urgency: mostUrgent(served.map((item) => item.team.urgency)),
        teams: dedupe(served.map((item) => entry(item.team, item.own))),
      },
    });
  }

  const groups = new Map<string, { team: PlanTeam; seat: PlanTeamSeat; key: Key }[]>();
  for (const team of teams) {
    for (const seat of team.seats) {
      // Seats a shared seat fills are in its step; a stale team's wait for its re-assessment, and a team's
      // seats for a move it has not planned wait for that move.
      if (seat.shared || !inThisPlan(seat)) continue;
      // Seats for the next stage are grouped by their teams' urgency and whether they are heading there, each
      // group at its own place.
      const id = `${seat.role}/${seat.when}/${team.urgency}/${team.headingTo ? 'heading' : 'staying'}`;
      const group = groups.get(id) ?? [];
      group.push({ team, seat, key: seatKeys.get(seat) ?? NOTHING_TO_FILL });
      groups.set(id, group);
    }
  }
  for (const items of groups.values()) {
    const [first] = items;
    if (!first) continue;
    items.sort((a, b) => compareKeys(a.key, b.key) || a.team.rank - b.team.rank);
    let people = NO_PEOPLE;
    for (const { seat } of items) people = countAction(people, seat.action, seat.people);
    const adds = (timing: PlanTeamSeat['timing']) =>
      items
        .filter(({ seat }) => seat.action !== 'convert' && seat.timing === timing)
        .reduce((sum, { seat }) => sum + seat.people, 0);
    steps.push({
      key: firstKey(items.map((item) => item.key)),
      step: {
        role: first.seat.role,
        roleName: first.seat.roleName,
        rank: 0,
        when: first.seat.when,
        peopleNow: adds('now'),
        peopleShared: 0,
        lent: 0,
        peopleBeforeNext: adds('before_next_stage'),
        toConvert: people.conversions,
        people,
        shared: null,
        severity: mostSevere(items.map((item) => item.seat.severity)),
        urgency: mostUrgent(items.map((item) => item.team.urgency)),
        teams: items.map((item) => entry(item.team, item.seat)),
      },
    });
  }
  const additions = (seat: CompanySeat) => seat.peopleNow + seat.peopleBeforeNext;
  const isShared = (item: (typeof steps)[number]) => (item.step.shared !== null ? 0 : 1);
  // Among steps needed as soon and as severe, a shared platform or function goes first; among those, the full
  // key: additions before conversions, then the playbook's sequence of roles, never against a team's own order
  // (a team that puts MLOps before data gets the MLOps platform first, whatever number of teams each serves);
  // then the one serving the most teams.
  steps.sort(
    (a, b) =>
      compareKeys(a.key.slice(0, 3) as unknown as Key, b.key.slice(0, 3) as unknown as Key) ||
      isShared(a) - isShared(b) ||
      compareKeys(a.key, b.key) ||
      (isShared(a) === 0 ? b.step.teams.length - a.step.teams.length : 0) ||
      Number(b.step.shared !== null) - Number(a.step.shared !== null) ||
      additions(b.step) - additions(a.step) ||
      rankOf(a.step.teams[0]?.teamId ?? '') - rankOf(b.step.teams[0]?.teamId ?? ''),
  );
  return steps.map(({ step, from }, index) => {
    if (from) stepOf.set(from, index + 1);
    return { ...step, rank: index + 1 };
  });
}

/** A team needing a shared seat now and before its move is one of the teams it serves, once. */
function dedupe<T extends { teamId: string; people: number }>(teams: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const team of teams) {
    const first = seen.get(team.teamId);
    seen.set(team.teamId, first ? { ...first, people: first.people + team.people } : team);
  }
  return [...seen.values()];
}

function mostSevere(severities: readonly (Severity | null)[]): Severity | null {
  return SEVERITIES.find((severity) => severities.includes(severity)) ?? null;
}

function mostUrgent(urgencies: readonly Urgency[]): Urgency {
  return URGENCIES.find((urgency) => urgencies.includes(urgency)) ?? 'no_rush';
}

function totalsOf(
  lines: readonly PlanTeam[],
  seats: readonly CompanySeat[],
  shared: readonly SharedSeat[],
): CompanyPlan['totals'] {
  const sum = (pick: (seat: CompanySeat) => number) => seats.reduce((total, seat) => total + pick(seat), 0);
  const hires = sum((seat) => seat.people.hires);
  const contractors = sum((seat) => seat.people.contractors);
  const perTeam = shared.reduce((total, seat) => total + seat.perTeamPeople, 0);
  const sharedToAdd = shared.reduce((total, seat) => total + seat.toAdd, 0);
  const seatStates = Object.fromEntries(SEAT_STATES.map((state) => [state, 0])) as Record<SeatState, number>;
  for (const line of lines) for (const state of line.cells) seatStates[state] += 1;
  const headcountBefore = lines.reduce((total, line) => total + line.headcount.total, 0);
  return {
    teams: lines.length,
    teamsWithSeatsToFill: lines.filter((line) =>
      line.seats.some((seat) => seat.action !== 'convert' && inThisPlan(seat)),
    ).length,
    peopleNow: sum((seat) => seat.peopleNow),
    peopleBeforeNext: sum((seat) => seat.peopleBeforeNext),
    toConvert: sum((seat) => seat.people.conversions),
    later: lines
      .flatMap((line) => line.seats)
      .filter((seat) => !seat.pending && !inThisPlan(seat))
      .reduce((counts, seat) => countAction(counts, seat.action, seat.people), NO_PEOPLE),
    toUpskill: sum((seat) => seat.people.upskilled),
    newPeople: hires + contractors,
    hires,
    contractors,
    stale: lines.filter((line) => line.stale).length,
    lent: shared.reduce((total, seat) => total + seat.lent, 0),
    savedBySharing: Math.max(0, perTeam - sharedToAdd - shared.reduce((total, seat) => total + seat.lent, 0)),
    ownersToName: lines.reduce((total, line) => total + line.ownersToName.length, 0),
    headcountBefore,
    headcountAfter: headcountBefore + hires + contractors,
    seatStates,
  };
}

export type { When };

import { assess } from '../assess.js';
import type { Assessment, GridRow, Severity } from '../assessment.js';
import { SEVERITIES } from '../assessment.js';
import { ROLE_IDS, type RoleId, URGENCIES, type Urgency } from '../playbook/ids.js';
import { getDefaultPlaybook } from '../playbook/load.js';
import type { Playbook } from '../playbook/schema.js';
import type {
  CellState,
  CompanyPlan,
  CompanySeat,
  PlanRole,
  PlanTeam,
  PlanTeamSeat,
  SharedSeat,
  TeamOnRecord,
} from './company-plan.js';
import { findSharedSeats } from './shared-seats.js';

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
    return { record, assessment, ageDays, stale, seat: (role) => byRole.get(role) as GridRow };
  });
  const shared = findSharedSeats(teams, playbook);
  // Which shared seat serves a team's seat, by role and team: a plan may hold thousands of teams.
  const servedBy = new Map<string, SharedSeat>();
  for (const seat of shared) {
    for (const lacking of seat.lacking) servedBy.set(`${seat.role}/${lacking.teamId}`, seat);
  }
  // Each team seat's place in the order to fill, kept beside the plan rather than in it.
  const keys = new Map<PlanTeamSeat, Key>();
  const lines = teams.map((team) => planTeam(team, servedBy, keys));
  rankTeams(lines, keys);
  const seats = companySeats(lines, shared, keys);
  // The shared seats in the order their roles are filled, and their teams in rank order, so the plan reads
  // the same whatever order the teams came in.
  const order = new Map(seats.map((seat) => [seat.role, seat.rank]));
  shared.sort((a, b) => (order.get(a.role) ?? 0) - (order.get(b.role) ?? 0));
  const rankOf = new Map(lines.map((line) => [line.id, line.rank]));
  const byRank = (a: { teamId: string }, b: { teamId: string }) =>
    (rankOf.get(a.teamId) ?? 0) - (rankOf.get(b.teamId) ?? 0);
  for (const seat of shared) {
    seat.lacking.sort(byRank);
    seat.servedBy.sort(byRank);
  }
  const perTeam = shared.reduce((sum, seat) => sum + seat.perTeamPeople, 0);
  const sharedToAdd = shared.reduce((sum, seat) => sum + seat.toAdd, 0);
  return {
    asOf: now.toISOString(),
    staleAfterDays: STALE_AFTER_DAYS,
    teams: lines,
    seats,
    shared,
    totals: {
      teams: lines.length,
      teamsWithSeatsToFill: lines.filter((line) => line.seats.some((seat) => seat.action !== 'convert'))
        .length,
      peopleNow: seats.reduce((sum, seat) => sum + seat.peopleNow, 0),
      peopleBeforeNext: seats.reduce((sum, seat) => sum + seat.peopleBeforeNext, 0),
      toConvert: seats.reduce((sum, seat) => sum + seat.toConvert, 0),
      toUpskill: lines.reduce(
        (sum, line) =>
          sum +
          line.seats
            .filter((seat) => seat.action === 'build' && !seat.shared)
            .reduce((n, seat) => n + seat.people, 0),
        0,
      ),
      stale: lines.filter((line) => line.stale).length,
      lent: shared.reduce((sum, seat) => sum + seat.lent, 0),
      savedBySharing: Math.max(0, perTeam - sharedToAdd),
    },
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
): PlanTeam {
  const { record, assessment } = team;
  const top = assessment.stallPoints[0];
  const seats = assessment.suggestions.map((suggestion): PlanTeamSeat => {
    const sharedSeat =
      suggestion.action === 'convert' ? undefined : servedBy.get(`${suggestion.role}/${record.id}`);
    const stallIndex = assessment.stallPoints.findIndex((stall) =>
      stall.seatsToFill.includes(suggestion.role),
    );
    const stall = assessment.stallPoints[stallIndex];
    const seat: PlanTeamSeat = {
      role: suggestion.role,
      roleName: suggestion.roleName,
      action: suggestion.action,
      timing: suggestion.timing,
      people: suggestion.people,
      severity: stall?.severity ?? null,
      stallId: stall?.id ?? null,
      shared: sharedSeat?.kind ?? null,
      lent: sharedSeat?.mode === 'lent',
    };
    keys.set(seat, seatKey(seat, stallIndex, record.profile.urgency, team.stale));
    return seat;
  });
  const keyOf = (seat: PlanTeamSeat) => keys.get(seat) ?? NOTHING_TO_FILL;
  seats.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  return {
    id: record.id,
    name: record.profile.name ?? null,
    channelId: record.channelId,
    source: record.source,
    stage: assessment.stage.id,
    stageName: assessment.stage.name,
    headingTo: assessment.profile.headingToNext && assessment.nextStage ? assessment.nextStage : null,
    headcount: {
      total: assessment.headcount.total,
      judgedAgainst: assessment.headcount.judgedAgainst,
      judgedAgainstName:
        assessment.headcount.judgedAgainst === assessment.stage.id
          ? assessment.stage.name
          : (assessment.nextStage?.name ?? assessment.headcount.judgedAgainst),
      band: assessment.headcount.band,
      position: assessment.headcount.position,
    },
    topStall: top ? { id: top.id, title: top.title, severity: top.severity } : null,
    urgency: record.profile.urgency,
    seats,
    ownersToName: assessment.grid.filter((row) => row.status === 'unowned').map((row) => row.shortName),
    pastBand: assessment.plan.pastBand,
    assessedAt: record.assessedAt.toISOString(),
    ageDays: team.ageDays,
    stale: team.stale,
    cells: ROLE_IDS.map((role) => cellState(team.seat(role))),
    rank: 0,
    profile: record.profile,
  };
}

/**
 * A seat as the picture shows it, from its verdict: anything to fill now (or an owner still to name), or an
 * empty seat the next stage needs, is a gap; a seat held beyond what the stage needs, or ahead of it, is over; a held or carried seat is held.
 */
export function cellState(row: GridRow): CellState {
  // A seat held now that needs a second person only before the move is held today; empty, it is a gap.
  if (row.toFill.now > 0 || row.status === 'unowned') return 'gap';
  if (row.toFill.beforeNext > 0 && row.total === 0) return 'gap';
  if (row.status === 'over' || row.status === 'premature') return 'over';
  if (row.total > 0 || row.status === 'carried') return 'held';
  return 'not_needed_yet';
}

/**
 * The order to fill in, as a single answer reasons: seats a critical stall point asks for first, then by
 * severity; seats needed now before those for the next stage, and conversions last; among those, the order of
 * the team's own stall points (the answer's order: MLOps before data at production); then the team's own
 * urgency; a stale assessment last, since its needs may have moved.
 */
type Key = readonly [severity: number, timing: number, stallOrder: number, urgency: number, stale: number];

function seatKey(
  seat: Pick<PlanTeamSeat, 'severity' | 'timing' | 'action'>,
  stallIndex: number,
  urgency: Urgency,
  stale: boolean,
): Key {
  return [
    seat.severity === null ? SEVERITIES.length : SEVERITIES.indexOf(seat.severity),
    seat.action === 'convert' ? 2 : seat.timing === 'now' ? 0 : 1,
    stallIndex < 0 ? Number.MAX_SAFE_INTEGER : stallIndex,
    URGENCIES.indexOf(urgency),
    stale ? 1 : 0,
  ];
}

const NOTHING_TO_FILL: Key = [SEVERITIES.length + 1, 3, Number.MAX_SAFE_INTEGER, URGENCIES.length, 1];

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

/** Most pressing first; among equals, the team with more to fill, then by name and id so the order is stable. */
function rankTeams(teams: PlanTeam[], seatKeys: ReadonlyMap<PlanTeamSeat, Key>): void {
  const keys = new Map(
    teams.map((team) => [team.id, firstKey(team.seats.map((seat) => seatKeys.get(seat) ?? NOTHING_TO_FILL))]),
  );
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

/**
 * The teams' seats summed by role. A seat filled once for several teams counts the shared platform's or
 * function's people, not a hire per team; converting augmented people adds no headcount and is counted apart.
 */
function companySeats(
  teams: readonly PlanTeam[],
  shared: readonly SharedSeat[],
  seatKeys: ReadonlyMap<PlanTeamSeat, Key>,
): CompanySeat[] {
  const seats: CompanySeat[] = [];
  const keys = new Map<RoleId, Key>();
  for (const role of ROLE_IDS) {
    const entries = teams.flatMap((team) =>
      team.seats
        .filter((seat) => seat.role === role)
        .map((seat) => ({ team, seat, key: seatKeys.get(seat) ?? NOTHING_TO_FILL })),
    );
    const sharedSeat = shared.find((seat) => seat.role === role);
    if (entries.length === 0 && !sharedSeat) continue;
    let peopleNow = sharedSeat?.timing === 'now' ? sharedSeat.toAdd : 0;
    let peopleBeforeNext = sharedSeat?.timing === 'before_next_stage' ? sharedSeat.toAdd : 0;
    let toConvert = 0;
    for (const { seat } of entries) {
      if (seat.action === 'convert') toConvert += seat.people;
      else if (seat.shared) continue;
      else if (seat.timing === 'now') peopleNow += seat.people;
      else peopleBeforeNext += seat.people;
    }
    keys.set(role, firstKey(entries.map((entry) => entry.key)));
    const severities = entries.map(({ seat }) => seat.severity).filter((s): s is Severity => s !== null);
    seats.push({
      role,
      roleName: entries[0]?.seat.roleName ?? sharedSeat?.roleName ?? role,
      rank: 0,
      peopleNow,
      peopleShared: sharedSeat?.toAdd ?? 0,
      lent: sharedSeat?.lent ?? 0,
      peopleBeforeNext,
      toConvert,
      shared: sharedSeat?.kind ?? null,
      severity: severities.length
        ? (SEVERITIES.find((severity) => severities.includes(severity)) ?? null)
        : null,
      urgency: URGENCIES.find((urgency) => entries.some(({ team }) => team.urgency === urgency)) ?? 'no_rush',
      teams: [...entries]
        .sort((a, b) => compareKeys(a.key, b.key) || a.team.rank - b.team.rank)
        .map(({ team, seat }) => ({
          teamId: team.id,
          action: seat.action,
          timing: seat.timing,
          people: seat.people,
          severity: seat.severity,
          shared: seat.shared !== null,
        })),
    });
  }
  const additions = (seat: CompanySeat) => seat.peopleNow + seat.peopleBeforeNext;
  seats.sort(
    (a, b) =>
      compareKeys(keys.get(a.role) as Key, keys.get(b.role) as Key) ||
      additions(b) - additions(a) ||
      ROLE_IDS.indexOf(a.role) - ROLE_IDS.indexOf(b.role),
  );
  seats.forEach((seat, index) => {
    seat.rank = index + 1;
  });
  return seats;
}

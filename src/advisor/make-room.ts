import type { RoomToMake } from './assessment.js';
import { overStaffedLimit, type Seats } from './grid.js';
import { bandOf } from './headcount.js';
import type { RoleId } from './playbook/ids.js';
import type { TeamContext } from './team-context.js';
import { countNoun, listInWords, withArticle } from './wording.js';

/**
 * The order in which a team past its band gives up people: the reverse of the playbook's sequence ("AI
 * engineer first, then MLOps with data and security at production, then ML engineers, data scientists and a
 * governance function at scale"), with the seats it shares early (design, eval, backend) before the ones it
 * hires for. The AI engineer, the seat every stage needs first, comes last of all, after every other seat's
 * spare people, and only when over-staffed: it gives up the people past the rule of thumb, never the seat.
 */
const TRIM_ORDER: readonly RoleId[] = [
  'data_scientist',
  'ml_engineer',
  'frontend_design',
  'eval_specialist',
  'backend',
  'security',
  'data_engineer',
  'mlops',
  'ai_pm',
  'ai_engineer',
];

/**
 * Where a team past its band by `excess` people makes room, first to last, only as far as it needs: seats the
 * stage says to wait for (ahead of it), then
 * seats holding more than the stage needs, then people beyond what a shared seat needs, in TRIM_ORDER. Shared by the
 * staffing plan and the headcount stall point, so both point at the same seats.
 */
export function roomToMake(team: TeamContext, seats: Seats, excess = Number.POSITIVE_INFINITY): RoomToMake[] {
  // An over-staffed seat gives up only what is past the rule of thumb that marked it, never below its need.
  const limit = overStaffedLimit(team, bandOf(team.playbook.stages[team.targetStage])) ?? 0;
  const keep = (role: RoleId) => Math.max(1, team.requiredBy(role), limit);
  const ahead: RoomToMake[] = [];
  const over: RoomToMake[] = [];
  const beyond: RoomToMake[] = [];
  // The AI engineer's people past the rule of thumb go last of all, after any other seat's spare people.
  const lastOfAll: RoomToMake[] = [];
  for (const role of TRIM_ORDER) {
    const row = seats.get(role);
    if (!row || row.total === 0) continue;
    // The seat the stage needs first gives up only what the rule of thumb calls past its share.
    if (role === 'ai_engineer' && row.status !== 'over') continue;
    const needed = Math.max(1, team.requiredBy(role));
    if (row.status === 'premature') {
      // A seat the playbook warns against filling late keeps one person once held (its grid note says so);
      // the others move out with the rest of the seats the stage has no place for.
      if (team.keptOnceHeld(role)) {
        if (row.total > 1) ahead.push({ role, people: row.total - 1, reason: 'ahead_of_stage' });
        continue;
      }
      // Premature at a stage that has a place for the seat: the team's work does not need it at all.
      const reason = team.level(role).need === 'wait' ? 'ahead_of_stage' : 'not_needed';
      const people = row.total - team.keptAheadOfStage(role);
      if (people > 0) ahead.push({ role, people, reason });
    } else if (row.status === 'over') {
      (role === 'ai_engineer' ? lastOfAll : over).push({
        role,
        people: row.total - keep(role),
        reason: 'over',
      });
    } else if (row.total > needed && isSharedAt(team, role)) {
      beyond.push({ role, people: row.total - needed, reason: 'beyond_need' });
    }
  }
  return onlyWhatIsNeeded([...ahead, ...over, ...beyond, ...lastOfAll], excess);
}

/**
 * The first places, first to last, until they free `excess` people: a team one past its band shares one
 * backend engineer, not every one it has. Every seat with no place at the stage is named, whole (its stall
 * point moves all of its work out). When all of them together free less, all are named.
 */
function onlyWhatIsNeeded(places: RoomToMake[], excess: number): RoomToMake[] {
  const taken: RoomToMake[] = [];
  let left = excess;
  for (const place of places) {
    // Seats with no place at the stage are all named: their stall points move all of that work out.
    const wrongSeat = place.reason === 'ahead_of_stage' || place.reason === 'not_needed';
    if (left <= 0 && !wrongSeat) break;
    const people = wrongSeat ? place.people : Math.min(place.people, left);
    taken.push({ ...place, people });
    left -= people;
  }
  return taken;
}

/**
 * Whether the stage the team is judged against shares the seat or fills it only as needed: only then are
 * people beyond its need spare. A seat the stage calls core ("Core" at production, "Core, multiple" at scale)
 * is not trimmed for holding several people; only the rule of thumb's over-staffing makes it give people up.
 */
function isSharedAt(team: TeamContext, role: RoleId): boolean {
  const need = team.level(role, team.targetStage).need;
  return need === 'shared' || need === 'as_needed';
}

/**
 * Where to make room, in words, every place named and grouped by what to do: "move out the 2 data scientists
 * (ahead of the pilot stage), and share a backend engineer and a data engineer with other teams". As an
 * imperative for a stall point's fix, or after "make room by" (`gerund`) where people are being added. When
 * those places do not bring the team back inside its band, it says what is left: the playbook calls its bands
 * directional guidance, not a hard benchmark.
 */
export function whereToMakeRoom(
  team: TeamContext,
  room: readonly RoomToMake[],
  excess = 0,
  /** False where the sentence before already says the band is a guide. */
  sayGuide = true,
  form: 'imperative' | 'gerund' = 'gerund',
): string {
  if (room.length === 0) {
    return 'fill the seats named above first, and share the rest with other teams where you can; the bands are a guide, not a hard cap';
  }
  const who = (place: RoomToMake) => {
    const total = team.count(place.role);
    if (place.people === total) {
      return total === 1
        ? `the ${team.seatSingular(place.role)}`
        : `the ${countNoun(total, team.seatSingular(place.role), team.seatPlural(place.role))}`;
    }
    // One of several shared: "a backend engineer" reads lighter than "1 of the 2 backend engineers".
    return place.people === 1 && place.reason === 'beyond_need'
      ? withArticle(team.seatSingular(place.role))
      : `${place.people} of the ${total} ${team.seatPlural(place.role)}`;
  };
  const why = (place: RoomToMake) => {
    switch (place.reason) {
      case 'ahead_of_stage':
        return ` (ahead of the ${team.stageWord()} stage)`;
      case 'not_needed':
        return ' (not needed for what the team builds)';
      case 'over':
        return ' (more than the stage needs)';
      case 'beyond_need':
        return '';
    }
  };
  const verbs = {
    moveOut: form === 'gerund' ? 'moving out' : 'move out',
    trim: form === 'gerund' ? 'trimming' : 'trim',
    share: form === 'gerund' ? 'sharing' : 'share',
  };
  const groups: [string, RoomToMake[], string][] = [
    [verbs.moveOut, room.filter((p) => p.reason === 'ahead_of_stage' || p.reason === 'not_needed'), ''],
    [verbs.trim, room.filter((p) => p.reason === 'over'), ''],
    [verbs.share, room.filter((p) => p.reason === 'beyond_need'), ' with other teams'],
  ];
  const parts = groups
    .filter(([, places]) => places.length > 0)
    // A reason shared by places side by side is said once, after the last of them.
    .map(
      ([verb, places, tail]) =>
        `${verb} ${listInWords(
          places.map((p, i) => `${who(p)}${places[i + 1]?.reason === p.reason ? '' : why(p)}`),
        )}${tail}`,
    );
  const freed = room.reduce((sum, place) => sum + place.people, 0);
  // What is left says how far it still is from the band, which a bare "still past it" would leave to guess.
  const left = bandOf(team.playbook.stages[team.targetStage]).max + excess - freed;
  const guide =
    freed < excess
      ? `; that still leaves ${left}, past the band${sayGuide ? ', which is a guide, not a hard cap' : ''}`
      : '';
  const said =
    parts.length > 2 ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}` : parts.join(', and ');
  return `${form === 'gerund' ? 'make room by ' : ''}${said}${guide}`;
}

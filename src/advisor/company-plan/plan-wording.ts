import type { Action } from '../assessment.js';
import { positionIn } from '../headcount.js';
import type { Urgency } from '../playbook/ids.js';
import {
  beforeTheMove,
  capitalise,
  countNoun,
  inSentence,
  listInWords,
  pluralOf,
  withArticle,
} from '../wording.js';
import type {
  CompanyPlan,
  CompanySeat,
  PlanService,
  PlanTeam,
  PlanTeamSeat,
  SeatState,
  SharedSeat,
  When,
} from './company-plan.js';
import { inThisPlan, STALE_AFTER_DAYS } from './plan-hiring.js';

/**
 * Every sentence the hiring plan says, built once from the plan's data. Renderers pass `nameOf`, which prints a
 * team their way (a Slack channel link, a file name), so Slack, the terminal and the exports say the same.
 */
export type TeamNamer = (teamId: string) => string;

export const PLAN_URGENCY_WORDS: Record<Urgency, string> = {
  weeks: 'within weeks',
  this_quarter: 'this quarter',
  no_rush: 'no rush',
};

/** When a seat is needed, as a sentence says it. */
export const WHEN_WORDS: Record<When, string> = {
  within_weeks: 'within weeks',
  this_quarter: 'this quarter',
  no_rush: 'no rush',
  before_move: 'before the move',
  at_next_stage: 'when the team heads for the next stage',
};

/** The same words wherever a seat state is named: the picture's legend, the text's counts, the CSV. */
export const SEAT_STATE_WORDS: Record<SeatState, string> = {
  fill_now: 'to fill now',
  fill_later: 'to fill now, team in no rush',
  on_hold: 'on hold: re-assess first',
  before_move: 'to fill before the move',
  to_convert: 'held by contractors, to convert',
  owner_to_name: 'with an owner to name',
  from_shared: 'from a shared seat',
  moved_in: 'moving in from another team',
  carried: 'carried by another seat',
  with_new_seat: 'covered once a new seat is filled',
  held: 'held',
  over: 'more than needed',
  not_needed: 'not needed at this stage',
};

/** Names in a sentence stay short: the first few, then how many more (a plan may cover hundreds of teams). */
export const NAMES_IN_A_SENTENCE = 6;
/**
 * And short in characters: Slack cuts a section at 3,000, and a seat line holds up to four lists of names
 * (80-character names, escaped and with a channel link, can pass 400 each).
 */
export const NAME_LIST_BUDGET = 600;

/**
 * "A, B and C", or "A, B, C, D, E, F and 12 more teams": as many names as fit both limits, at least one. A
 * single name left over is named rather than counted: "and 1 more team" would hide it for no saving.
 */
export function teamList(names: readonly string[], max = NAMES_IN_A_SENTENCE): string {
  let shown = 0;
  let length = 0;
  while (shown < Math.min(max, names.length)) {
    length += (names[shown]?.length ?? 0) + 2;
    if (shown > 0 && length > NAME_LIST_BUDGET) break;
    shown += 1;
  }
  if (shown >= names.length - 1) return listInWords(names);
  return `${names.slice(0, shown).join(', ')} and ${countNoun(names.length - shown, 'more team', 'more teams')}`;
}

const people = (count: number) => countNoun(count, 'person', 'people');

/** "MLOps / LLMOps platform", "data platform", "security / governance function". */
export function sharedSeatName(seat: Pick<SharedSeat, 'kind' | 'shortName'>): string {
  const kind = seat.kind === 'part_time' || seat.kind === 'moved' ? 'seat' : seat.kind;
  return `${inSentence(seat.shortName.replace(/ engineer$/, ''))} ${kind}`;
}

/** "a data engineer", "an AI engineer": one person in a seat, by its short name. */
function onePerson(shortName: string): string {
  return withArticle(inSentence(shortName));
}

/** The person a part-time share lends, when the lender's seat is not the shared seat's own. */
function lentFromOtherSeat(seat: SharedSeat): SharedSeat['servedBy'][number] | null {
  const lender = seat.servedBy[0];
  return lender && lender.role !== seat.role ? lender : null;
}

/** What a team's own answer said, for where the plan fills the seat another way. */
const INSTEAD_OF: Record<Action, string> = {
  hire: 'instead of its own answer’s hire',
  augment: 'instead of its own answer’s contractor',
  build: 'instead of its own answer’s upskilling',
  convert: 'instead of its own answer’s conversion',
};

/** The plan's verbs; `none` (people another team spares) never reaches a step of the team's own. */
const ACTION_VERBS: Record<Action | 'none', string> = {
  none: 'fill',
  hire: 'hire',
  augment: 'augment',
  build: 'upskill',
  convert: 'convert',
};

/** The one new person two pilots share part-time, by how the person comes in. */
const PART_TIME_PERSON: Record<SharedSeat['action'], string> = {
  augment: 'contractor',
  hire: 'hire',
  none: 'person',
};

/** The shared seat serving this team's seat, if any. */
function sharedFor(plan: Pick<CompanyPlan, 'shared'>, seat: PlanTeamSeat): SharedSeat | undefined {
  return seat.sharedIndex === null ? undefined : plan.shared[seat.sharedIndex];
}

/**
 * A seat for the stage the team is at, as its own answer times it ("now"), with the team's urgency where it
 * says how soon: a team in no rush still needs the seat now (its urgency orders it, it does not demote it).
 */
const NOW_WORDS: Record<Urgency, string> = {
  weeks: 'within weeks',
  this_quarter: 'this quarter',
  no_rush: 'now',
};

/**
 * When the team's line says a seat is needed: "within weeks", "now", "before Scale" for a team heading there,
 * and as its own answer says it for a team that is not: "when the team heads for Scale".
 */
function seatWhen(team: PlanTeam, seat: Pick<PlanTeamSeat, 'timing'>): string {
  if (seat.timing === 'now') return NOW_WORDS[team.urgency];
  return beforeTheMove((team.headingTo ?? team.nextStage)?.name, team.headingTo !== null);
}

/**
 * When a shared seat a team needs now comes: within weeks when the shared seat starts then (its step's time),
 * sooner than the team's own "this quarter" or "now"; otherwise the team's own words, which its step agrees with.
 */
function sharedStartWords(sharedWhen: When, urgency: Urgency): string {
  return sharedWhen === 'within_weeks' ? NOW_WORDS.weeks : NOW_WORDS[urgency];
}

/** "augment 1 this quarter", "1 within weeks from the shared MLOps / LLMOps platform", "convert 1 to full-time". */
function seatPart(
  plan: Pick<CompanyPlan, 'shared'>,
  team: PlanTeam,
  seat: PlanTeamSeat,
  more: boolean,
  nameOf: TeamNamer,
): string {
  const count = `${seat.people}${more ? ' more' : ''}`;
  let when = seatWhen(team, seat);
  if (seat.action === 'convert') {
    return `convert ${count} augmented to full-time${seat.timing === 'now' ? '' : ` ${when}`}`;
  }
  const shared = sharedFor(plan, seat);
  if (shared) {
    // A seat the team needs now comes when its shared seat starts, at its most pressing team's time: never
    // later than the team's own answer, and the same time as the shared seat's step.
    if (seat.timing === 'now') when = sharedStartWords(shared.when, team.urgency);
    const instead = INSTEAD_OF[seat.ownAction];
    if (shared.kind === 'part_time' && shared.mode === 'new') {
      const others = teamList(
        shared.lacking.filter((other) => other.teamId !== team.id).map((other) => nameOf(other.teamId)),
      );
      return `${count} ${when}, shared part-time with ${others}: one ${PART_TIME_PERSON[shared.action]} for both`;
    }
    if (shared.kind === 'part_time') {
      const lender = shared.servedBy[0];
      const other = lentFromOtherSeat(shared);
      const spare = other ? `${onePerson(other.shortName)} to spare` : 'one to spare';
      return `${count} ${when}, part-time from ${lender ? nameOf(lender.teamId) : 'a sister team'}, which has ${spare} (${instead})`;
    }
    if (shared.kind === 'moved') {
      const from = teamList(shared.servedBy.map((holder) => nameOf(holder.teamId)));
      return `${count} ${when}, moving from ${from}, which frees ${seat.people === 1 ? 'one' : 'them'} to bring its headcount down (${instead})`;
    }
    if (shared.mode === 'lent') {
      const lenders = teamList(shared.servedBy.map((holder) => nameOf(holder.teamId)));
      return `${count} ${when} from ${lenders}’s spare people (${instead})`;
    }
    // What the team's own answer said is in the shared seat's own paragraph, said once there; a full-time
    // hire its own answer asks for is said here too, so the line has one timing and one count.
    const hire =
      seat.ownAction === 'hire' && shared.bridge
        ? `, with its own answer’s full-time hire searched for now to replace one of its contractors`
        : '';
    // One team joining a platform a team already runs: named by who runs it, since it is not shared yet.
    const platform =
      shared.lacking.length === 1 && shared.runBy
        ? `the ${sharedSeatName(shared)} ${nameOf(shared.runBy.teamId)} runs`
        : `the shared ${sharedSeatName(shared)}`;
    return `${count} ${when} from ${platform}${hire}`;
  }
  if (seat.partTimeWith) {
    return `${ACTION_VERBS[seat.action]} ${count} part-time ${when}, or share ${nameOf(seat.partTimeWith)}’s ${inSentence(seat.roleName)} part-time (both are pilots, where the playbook shares this seat)`;
  }
  return `${ACTION_VERBS[seat.action]} ${count} ${when}`;
}

/**
 * Where data scientists a stage has no seat for can go, as the team's own answer says: to a sister team with
 * data pipelines (a data engineer, at Production or Scale) whose stage seats data scientists, or paused until the next stage. The playbook: a
 * data scientist with no data engineer or pipeline spends the week on plumbing. Empty when no sister team has
 * pipelines.
 */
function dataScientistsPlace(
  team: PlanTeam,
  plan: Partial<Pick<CompanyPlan, 'roles' | 'teams'>>,
  nameOf: TeamNamer,
): string {
  const column = (plan.roles ?? []).findIndex((role) => role.id === 'data_scientist');
  const withPipelines = (plan.teams ?? [])
    .filter(
      (other) =>
        other.id !== team.id &&
        !other.stale &&
        (other.stage === 'production' || other.stage === 'scale') &&
        other.profile.roles.data_engineer.inHouse + other.profile.roles.data_engineer.augmented > 0 &&
        // Its stage has a seat for data scientists (held or to fill), so their work has a home there.
        !['not_needed', 'over'].includes(other.cells[column] ?? 'not_needed'),
    )
    .sort((a, b) => a.rank - b.rank);
  if (withPipelines.length === 0) return '';
  const names = withPipelines.map((other) => nameOf(other.id));
  const shown = names.length > 3 ? [...names.slice(0, 2), `${names.length - 2} more teams`] : names;
  const either = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
  return `: move their work to ${either} (${withPipelines.length === 1 ? 'it has' : 'they have'} data pipelines), or pause it until ${team.nextStage?.name ?? 'the next stage'}`;
}

/**
 * The team's seats to fill in one line, in its own answer's order, a seat's parts together ("AI engineer:
 * augment 1 now, hire 1 more before Scale"), then any owner to name and where to make room when the additions
 * pass the band.
 */
export function teamSeatsText(
  team: PlanTeam,
  plan: Pick<CompanyPlan, 'shared'> & Partial<Pick<CompanyPlan, 'roles' | 'teams'>>,
  nameOf: TeamNamer,
): string {
  const byRole = new Map<string, PlanTeamSeat[]>();
  for (const seat of team.seats) byRole.set(seat.role, [...(byRole.get(seat.role) ?? []), seat]);
  const parts = [...byRole.values()].map((seats) =>
    seats.length > 1 &&
    seats.every((seat) => seat.sharedIndex !== null && seat.sharedIndex === seats[0]?.sharedIndex)
      ? `${seats[0]?.roleName}: ${seats
          .map((seat, index) => `${index > 0 ? `${seat.people} more` : seat.people} ${seatWhen(team, seat)}`)
          .join(' and ')} ${seatPart(plan, team, seats[0] as PlanTeamSeat, false, nameOf)
          .slice(`${seats[0]?.people} ${seatWhen(team, seats[0] as PlanTeamSeat)}`.length)
          .replace(/^[ ,]+/, '')}`
      : `${seats[0]?.roleName}: ${seats
          .map((seat, index) =>
            seatPart(
              plan,
              team,
              seat,
              index > 0 &&
                seat.action !== 'convert' &&
                seats.slice(0, index).some((s) => s.action !== 'convert'),
              nameOf,
            ),
          )
          .join(', ')}`,
  );
  const owners = team.ownersToName.map(inSentence);
  if (owners.length > 0) parts.push(`name an owner for the ${listInWords(owners)} work`);
  // Seats the picture marks "more than needed" are named here too, unless the line already says where those
  // people go (freed to make room, lent or moved).
  const placed = new Set([
    ...team.freedUnplaced.map((place) => place.role),
    ...team.serves.filter((service) => service.how !== 'runs').map((service) => service.role),
  ]);
  const over = (plan.roles ?? [])
    .filter((role, index) => team.cells[index] === 'over' && !placed.has(role.id))
    .map((role) => {
      const name = inSentence(role.shortName);
      const count = team.profile.roles[role.id].inHouse + team.profile.roles[role.id].augmented;
      const people = countNoun(count, name, pluralOf(name));
      return role.id === 'data_scientist' ? `${people}${dataScientistsPlace(team, plan, nameOf)}` : people;
    });
  if (over.length > 0) parts.push(`more than the stage needs: ${listInWords(over)}`);
  if (parts.length === 0) return 'Nothing to fill';
  const ownAdditions = team.seats.some((seat) => seat.action !== 'convert' && !seat.shared);
  if (team.pastBand && ownAdditions) {
    const past =
      team.headcount.position === 'above'
        ? `already above its band of ${team.headcount.band.label}`
        : `this takes it past its band of ${team.headcount.band.label}`;
    parts.push(team.makeRoom ? `${past}: make room ${team.makeRoom.replace(/^make room /, '')}` : past);
  }
  // A stale team's seats are its own answer's, kept in view but out of the steps and totals.
  if (team.seats.some((seat) => seat.pending)) {
    parts.push('all of it on hold until the team is re-assessed, outside the steps and the totals');
  }
  const text = parts.join('; ');
  return team.seats.length === 0 ? `No one to add; ${text}` : text;
}

/** "Production, heading to Scale". */
export function teamStageText(team: PlanTeam): string {
  return team.headingTo ? `${team.stageName}, heading to ${team.headingTo.name}` : team.stageName;
}

/**
 * "7 → 9 (band 6 to 12)", "14, above Production's band of 6 to 12", "3 → 4, below Production's band of 6 to 12
 * now and after", or "1 → 5: 1 is below the band of 2 to 5, 5 within it": where the band stands is said for
 * the number it is about.
 */
export function teamHeadcountText(team: PlanTeam): string {
  // Which of the numbers are shared people: those joining the platforms it runs are in its headcount after;
  // seats filled from shared platforms are not. Said at the arrow, so neither is read as the team's own.
  const joining = team.serves
    .filter((service) => service.how === 'runs')
    .reduce((sum, service) => sum + service.toAdd, 0);
  const fromShared = team.seats
    .filter(
      (seat) =>
        !seat.pending &&
        (seat.shared === 'platform' || seat.shared === 'function') &&
        seat.action !== 'convert',
    )
    .reduce((sum, seat) => sum + seat.people, 0);
  // A new person it shares part-time with a sister pilot is counted once, in the plan's total, not here.
  const partTime = team.seats.filter(
    (seat) => !seat.pending && seat.shared === 'part_time' && !seat.lent,
  ).length;
  // A pilot past its band: its own answer asks whether it is in production already, and so does its line.
  const pilotPastBand =
    team.headcount.judgedAgainst === 'pilot' &&
    team.headcount.position === 'above' &&
    team.stallPoints.some((stall) => stall.id === 'headcount_outside_band');
  const hint = team.stageHint
    ? `; its answers look more like a ${team.stageHint.looksLikeName} team: reassess it as ${team.stageHint.looksLikeName} if it runs like one`
    : pilotPastBand && team.nextStage
      ? `; if it already serves users, reassess it as ${team.nextStage.name}, as its own answer says`
      : '';
  // Where the shared platforms' people who work for it put it elsewhere in its band (below it on its own,
  // inside it with them), its own people, then with them, the band read for the latter: it is not
  // under-staffed.
  const withShared = team.headcount.after + fromShared;
  const where = positionIn(withShared, team.headcount.band);
  if (
    fromShared > 0 &&
    joining === 0 &&
    partTime === 0 &&
    where !== positionIn(team.headcount.after, team.headcount.band)
  ) {
    const { total, after, band } = team.headcount;
    const own = after === total ? `${total}` : `${total} → ${after}`;
    const theBand =
      where === 'within' ? ` (${bandOf(team)} ${band.label})` : `, ${where} ${bandOf(team)} of ${band.label}`;
    return `${own} own people, ${withShared} with the shared platforms’ people${theBand}${hint}`;
  }
  const notes = [
    joining > 0 ? `${joining} of them the people of the shared platforms it runs, not its own seats` : '',
    fromShared > 0 ? `plus ${fromShared} from shared platforms, not counted here` : '',
    partTime > 0 ? `plus ${partTime} new part-time, shared with a sister pilot, not counted here` : '',
  ].filter(Boolean);
  return [ownHeadcountText(team), ...notes].join(', ') + hint;
}

/** "band", or "Production's band" when the team is judged against the stage it is heading to. */
function bandOf(team: PlanTeam): string {
  const { judgedAgainst, judgedAgainstName } = team.headcount;
  return judgedAgainst === team.stage ? 'band' : `${judgedAgainstName}'s band`;
}

function ownHeadcountText(team: PlanTeam): string {
  const { total, band, position, judgedAgainst, judgedAgainstName, after } = team.headcount;
  const whose = judgedAgainst === team.stage ? '' : `${judgedAgainstName}'s `;
  const theBand = `${whose || 'the '}band of ${band.label}`;
  if (after === total)
    return position === 'within'
      ? `${total} (${whose}band ${band.label})`
      : `${total}, ${position} ${theBand}`;
  const then = positionIn(after, band);
  if (position === 'within' && then === 'within') return `${total} → ${after} (${whose}band ${band.label})`;
  if (position === then) return `${total} → ${after}, ${position} ${theBand} now and after`;
  return `${total} → ${after}: ${total} is ${position} ${theBand}, ${after} ${then} it`;
}

/**
 * "Every team was assessed today.", when every team's answers are the same age and none is stale (a folder of
 * files read on one day): said once under the totals instead of on every team's line. Null otherwise.
 */
export function sameAgeText(plan: Pick<CompanyPlan, 'teams'>): string | null {
  const first = plan.teams[0];
  if (!first || !plan.teams.every((team) => team.ageDays === first.ageDays && !team.stale)) return null;
  return `Every team was assessed ${teamAgeText(first)}.`;
}

/** "3 days ago" or "120 days ago (stale: re-assess before hiring on it)". */
export function teamAgeText(team: PlanTeam): string {
  const age = team.ageDays === 0 ? 'today' : `${countNoun(team.ageDays, 'day')} ago`;
  return team.stale ? `${age} (stale: re-assess before hiring on it)` : age;
}

/**
 * The seats a stall point is about, for one whose fix asks for no seat: when the team's plan adds people to one
 * of them anyway (for another stall point, or a shared platform), the plan says that seat answers it too, rather
 * than "its fix is not a hire" beside the seat that does fill it.
 */
const STALL_SEATS: Partial<Record<PlanTeam['stallPoints'][number]['id'], readonly string[]>> = {
  data_scientists_without_data_engineering: ['data_engineer'],
  no_governed_data: ['data_engineer'],
  mlops_missing: ['mlops'],
  no_monitoring: ['mlops'],
  no_security_seat: ['security'],
  no_security_review: ['security'],
  no_product_owner: ['ai_pm'],
  no_eval_owner: ['eval_specialist'],
  custom_model_without_ml_engineer: ['ml_engineer'],
  no_ai_engineer: ['ai_engineer'],
  no_backend_or_data_engineer: ['backend', 'data_engineer'],
};

/**
 * Every stall point of the team's answer: "Nobody runs the models in production (critical); Nobody owns eval
 * quality (high, its fix is not a hire); Data scientists with no data engineer (medium, the data engineer below
 * answers it)".
 */
export function teamStallsText(team: PlanTeam): string {
  if (team.stallPoints.length === 0) return 'none';
  return team.stallPoints
    .map((stall) => {
      if (stall.seatsToFill.length > 0) return `${stall.title} (${stall.severity})`;
      // Said of the fix, not the team: the team may still add people for other reasons, beside this line.
      const filled = team.seats.find(
        (seat) => seat.action !== 'convert' && (STALL_SEATS[stall.id] ?? []).includes(seat.role),
      );
      const note = filled ? `the ${inSentence(filled.roleName)} below answers it` : 'its fix is not a hire';
      return `${stall.title} (${stall.severity}, ${note})`;
    })
    .join('; ');
}

/** What the team's own answer does with people it frees, by why it frees them (make-room's reasons). */
const FREED_VERBS: Record<PlanTeam['freedUnplaced'][number]['reason'], (them: string) => string> = {
  ahead_of_stage: (them) => `move ${them} out`,
  not_needed: (them) => `move ${them} out`,
  over: (them) => `trim ${them}`,
  beyond_need: (them) => `share ${them}`,
};

/** What a team does for others: "Runs the shared MLOps / LLMOps platform for A and B (grows by 2)". */
export function teamServesText(team: PlanTeam, nameOf: TeamNamer): string | null {
  // People its own answer frees that no sister team takes: "1 more data scientist it frees is wanted by no
  // other team in this plan: …".
  const free = team.freedUnplaced.map((place) => {
    const seat = inSentence(place.roleName);
    const more = team.serves.some((service) => service.role === place.role && service.how !== 'runs');
    return `${place.people} ${more ? 'more ' : ''}${place.people === 1 ? seat : pluralOf(seat)}`;
  });
  const one = team.freedUnplaced.length === 1 && team.freedUnplaced[0]?.people === 1;
  const them = one ? 'that person' : 'them';
  // Its own answer's verb, as it said it: share, move out or trim.
  const verbs = [...new Set(team.freedUnplaced.map((place) => FREED_VERBS[place.reason](them)))];
  const converting = [...new Set(team.freedUnplaced.flatMap((place) => place.convertingTeamIds))];
  const instead =
    converting.length === 0
      ? `${listInWords(verbs)} as its own answer says, or keep ${them} until a team needs ${one ? 'one' : 'them'}`
      : `${teamList(converting.map(nameOf))} ${converting.length === 1 ? 'converts a contractor' : 'convert contractors'} in the same seat: ${one ? 'this person' : 'these people'} could take it instead, before anyone is converted`;
  // Freeing them may not be enough: its own answer says so ("even so the team stays past its band"), and so
  // does the plan, with the number it comes to, rather than "to stay within its band".
  const freed = team.freedUnplaced.reduce((sum, place) => sum + place.people, 0);
  const left = team.headcount.after - freed;
  const where = positionIn(left, team.headcount.band);
  const stillOutside =
    where === 'within'
      ? ''
      : `; even once they go it has ${left}, still ${where} its band of ${team.headcount.band.label}, as its own answer says`;
  const freeText =
    free.length === 0
      ? ''
      : `${listInWords(free)} it frees ${where === 'within' ? 'to stay within its band' : 'to bring its headcount down'} ${one ? 'is' : 'are'} ${converting.length === 0 ? 'wanted by no other team in this plan' : 'not placed yet'}: ${instead}${stillOutside}`;
  if (team.serves.length === 0) return freeText ? capitalise(freeText) : null;
  const part = (service: PlanService) => {
    const teams = teamList(service.teamIds.map(nameOf));
    const name = sharedSeatName({ kind: service.kind, shortName: service.roleName });
    if (service.how === 'runs') {
      const grows = service.toAdd > 0 ? `, which grows by ${people(service.toAdd)}` : '';
      return `runs the shared ${name} for ${teams}${grows}`;
    }
    if (service.how === 'moves') {
      return `frees ${countNoun(service.people, inSentence(service.roleName), pluralOf(inSentence(service.roleName)))} to bring its headcount down, who ${service.people === 1 ? 'moves' : 'move'} to ${teams}`;
    }
    const partTime = service.kind === 'part_time' ? ' part-time' : '';
    return `lends ${countNoun(service.people, `spare ${inSentence(service.roleName)}`)}${partTime} to ${teams}`;
  };
  return capitalise([...team.serves.map(part), ...(freeText ? [freeText] : [])].join('; '));
}

/**
 * Who leads a new shared platform or function that no team runs yet: the team that needs it most (the first in
 * the plan's order), so someone in-house directs its people. The playbook: "You direct the work; provider
 * supplies the people." Null when a team runs it, or no one is added.
 */
function newSharedSeatLead(seat: SharedSeat): string | null {
  if (seat.runBy || seat.toAdd === 0 || (seat.kind !== 'platform' && seat.kind !== 'function')) return null;
  return seat.lacking.find((team) => !team.stale)?.teamId ?? null;
}

/** ", led by X, the team that needs it most, which directs its contractors until they convert". */
function leadWords(seat: SharedSeat, nameOf: TeamNamer): string {
  const lead = newSharedSeatLead(seat);
  if (!lead) return '';
  const whom = seat.bridge
    ? `its contractors until they convert (the playbook: “you direct the work; provider supplies the people”)`
    : 'its new hires';
  return `, led by ${nameOf(lead)}, the team that needs it most, which directs ${whom}`;
}

/**
 * When a bridge converts: once a new platform or function runs; one a team already runs has no such moment, so
 * once the teams it takes on run on it.
 */
function convertWhen(seat: SharedSeat, nameOf: TeamNamer): string {
  if (!seat.runBy) return `once ${seat.kind === 'function' ? 'the function' : 'the platform'} runs`;
  const [only] = seat.lacking;
  if (seat.lacking.length === 1 && only) return `once ${nameOf(only.teamId)} runs on it`;
  return 'once the teams it takes on run on it';
}

/** "hire 3 full-time", "2 contractors now as a bridge, converted to full-time once it runs". */
function sharedHow(seat: SharedSeat, nameOf: TeamNamer): string {
  if (seat.toAdd === 0) return 'no one to add';
  if (seat.bridge)
    return `${countNoun(seat.bridge.people, 'contractor')} now as a bridge, converted to full-time ${seat.runBy ? convertWhen(seat, nameOf) : 'once it runs'}`;
  return `hire ${seat.toAdd} full-time`;
}

/**
 * One step of the plan: when, which seat, for whom, and how. A shared platform or function says who runs it
 * and how its people come in; a team's own seat says each team's own action.
 */
export function companySeatText(
  seat: CompanySeat,
  plan: Pick<CompanyPlan, 'shared'>,
  nameOf: TeamNamer,
): string {
  const why = seat.severity ? ` (severity: ${seat.severity})` : '';
  // The teams' own answers' timing is kept: a step their answers all say to take now is "now", with the
  // urgency they gave (this quarter) as the latest it can wait, never just "this quarter".
  const now =
    seat.when === 'this_quarter' &&
    seat.teams.length > 0 &&
    seat.teams.every((team) => team.timing === 'now');
  // A team in no rush still needs the seat now, as its own answer says: its urgency orders it, and is said.
  const noRush =
    seat.when === 'no_rush' && seat.teams.length > 0 && seat.teams.every((team) => team.timing === 'now');
  const when = now
    ? 'Now (this quarter at the latest)'
    : noRush
      ? 'Now (team urgency: no rush)'
      : capitalise(WHEN_WORDS[seat.when]);
  const head = `${when}, ${inSentence(seat.roleName)}`;
  const index = seat.shared ? seat.teams[0]?.sharedIndex : null;
  const shared = index === null || index === undefined ? undefined : plan.shared[index];
  if (shared) {
    const teams = teamList(
      shared.lacking.map((team) => nameOf(team.teamId)),
      3,
    );
    if (shared.kind === 'part_time' && shared.mode === 'new') {
      return `${head}: ${ACTION_VERBS[shared.action]} 1 part-time, shared by ${teams}${why}.`;
    }
    if (shared.kind === 'part_time') {
      const lender = shared.servedBy[0];
      const other = lentFromOtherSeat(shared);
      const one = other ? inSentence(other.shortName) : 'one';
      return `${head}: ${teams} shares ${lender ? `${nameOf(lender.teamId)}’s` : 'a sister pilot’s'} spare ${one} part-time, with no one to add${why}.`;
    }
    if (shared.kind === 'moved') {
      const from = teamList(shared.servedBy.map((holder) => nameOf(holder.teamId)));
      const moved = shared.lent;
      return `${head}: ${moved} ${moved === 1 ? 'moves' : 'move'} from ${from} (freed there to bring its headcount down) to ${teams}; no new hire${why}.`;
    }
    if (shared.mode === 'lent') {
      const lenders = teamList(shared.servedBy.map((holder) => nameOf(holder.teamId)));
      return `${head}: ${lenders}’s spare people cover ${teams}, with no one to add${why}.`;
    }
    // One team joining a platform a team already runs is not "shared" between them: it joins.
    if (shared.lacking.length === 1 && shared.runBy) {
      return `${when}, ${teams} joins the ${sharedSeatName(shared)} ${nameOf(shared.runBy.teamId)} runs: ${sharedHow(shared, nameOf)}${why}.`;
    }
    const lead = newSharedSeatLead(shared);
    const runner = shared.runBy
      ? `, run by ${nameOf(shared.runBy.teamId)}`
      : lead
        ? ` (new, led by ${nameOf(lead)}, the team that needs it most)`
        : ' (new)';
    return `${when}, a shared ${sharedSeatName(shared)} for ${teams}${runner}: ${sharedHow(shared, nameOf)}${why}.`;
  }
  const byAction = new Map<Action | 'none', CompanySeat['teams']>();
  for (const team of seat.teams) byAction.set(team.action, [...(byAction.get(team.action) ?? []), team]);
  const parts = [...byAction.entries()].map(([action, teams]) => {
    const count = teams.reduce((sum, team) => sum + team.people, 0);
    const names = teamList(
      teams.map(
        (team) => `${nameOf(team.teamId)}${teams.length > 1 && team.people > 1 ? ` (${team.people})` : ''}`,
      ),
    );
    if (action === 'convert') return `convert ${count} augmented to full-time in ${names}`;
    // A pilot that may share a sister pilot's person part-time instead: said, so the seat is not a whole person.
    const sharing = teams.filter((team) => team.partTimeWith);
    const instead = sharing.map(
      (team) =>
        `${nameOf(team.teamId)} may instead share ${nameOf(team.partTimeWith ?? '')}’s ${inSentence(seat.roleName)} part-time`,
    );
    return `${ACTION_VERBS[action]} ${count}${sharing.length === teams.length ? ' part-time' : ''} for ${names}${instead.length > 0 ? ` (${instead.join('; ')})` : ''}`;
  });
  return `${head}: ${parts.join('; ')}${why}.`;
}

/** A heading and a paragraph for one shared platform or function, for the thread and the export. */
export function sharedSeatAdvice(seat: SharedSeat, nameOf: TeamNamer): { title: string; text: string } {
  const role = inSentence(seat.roleName);
  const what = sharedSeatName(seat);
  const lacking = teamList(seat.lacking.map((team) => nameOf(team.teamId)));
  // Teams whose answers are old, on either side: those counted as needing the seat and those serving it.
  const stale = [
    ...seat.lacking.filter((team) => team.stale).map((team) => nameOf(team.teamId)),
    ...seat.servedBy.filter((team) => team.stale).map((team) => nameOf(team.teamId)),
  ];
  const staleNote =
    stale.length === 0
      ? ''
      : ` This rests on ${teamList(stale)}, last assessed more than ${STALE_AFTER_DAYS} days ago: re-assess before acting on ${stale.length === 1 ? 'it' : 'them'}.`;
  // What the teams' own answers said for the seat, so the difference is said, not hidden.
  const own = new Map<Action, string[]>();
  for (const team of seat.lacking)
    own.set(team.ownAction, [...(own.get(team.ownAction) ?? []), nameOf(team.teamId)]);
  const ownWords = [...own.entries()]
    .map(
      ([action, names]) =>
        `${names.length === seat.lacking.length && names.length > 1 ? 'all' : teamList(names)}: ${ACTION_VERBS[action]}`,
    )
    .join('; ');

  if (seat.kind === 'part_time' && seat.mode === 'new') {
    return {
      title: `${capitalise(lacking)} share one ${role} part-time`,
      text: `${capitalise(lacking)} each need one person in the ${role} seat, which the playbook lets a pilot share ("${seat.levelLabel}" at ${seat.levelStageName}); ${own.size === 1 ? `both own answers say ${ACTION_VERBS[seat.lacking[0]?.ownAction ?? 'augment']} 1` : `their own answers say ${ownWords}`}, and that the seat can be part-time or shared with another team. One ${PART_TIME_PERSON[seat.action]} part-time serves both, instead of ${people(seat.perTeamPeople)}.${staleNote}`,
    };
  }
  if (seat.kind === 'part_time') {
    const lender = seat.servedBy[0];
    const lenderName = lender ? nameOf(lender.teamId) : 'A sister pilot';
    const other = lentFromOtherSeat(seat);
    const ownAnswer = `(its own answer: ${ACTION_VERBS[seat.lacking[0]?.ownAction ?? 'hire']})`;
    if (other) {
      const theirs = inSentence(other.shortName);
      return {
        title: `${capitalise(lacking)} shares ${onePerson(other.shortName)} part-time for its ${role} work`,
        text: `${capitalise(lacking)} needs one person in the ${role} seat, which the playbook lets a pilot share ("${seat.levelLabel}" at ${seat.levelStageName}), and at a pilot ${onePerson(other.shortName)} can carry its work. ${lenderName} has ${countNoun(other.people, theirs, `${theirs}s`)}, one more than its own answer needs: share that one part-time instead of a new person ${ownAnswer}.${staleNote}`,
      };
    }
    return {
      title: `${capitalise(lacking)} shares a ${role} part-time`,
      text: `${capitalise(lacking)} needs one person in the ${role} seat, which the playbook lets a pilot share ("${seat.levelLabel}" at ${seat.levelStageName}). ${lenderName} has ${lender?.people ?? 2} in the seat, one more than its own answer needs: share that one part-time instead of a new person ${ownAnswer}.${staleNote}`,
    };
  }
  const need = seat.lacking.reduce((sum, team) => sum + team.people, 0);
  const one = seat.lacking.length === 1;
  const their = one ? 'its' : 'their';
  const when =
    seat.timing === 'now'
      ? seat.lacking.some((team) => team.timing !== 'now' || team.now < team.people)
        ? ` (some before ${their} move)`
        : ''
      : ` before ${their} move`;
  const ownSaid = one
    ? `its own answer: ${ACTION_VERBS[seat.lacking[0]?.ownAction ?? 'hire']}`
    : own.size === 1
      ? `their own answers all say ${ACTION_VERBS[seat.lacking[0]?.ownAction ?? 'hire']}`
      : `their own answers: ${ownWords}`;
  const needs = `${capitalise(lacking)} ${one ? 'needs' : 'need'} ${people(need)} in the ${role} seat${when}; ${ownSaid}.`;
  if (seat.kind === 'moved') {
    const short = inSentence(seat.shortName);
    const from = teamList(
      seat.servedBy.map(
        (holder) =>
          `${nameOf(holder.teamId)} frees ${countNoun(holder.spare, short, pluralOf(short))} to bring its headcount down (its own answer)`,
      ),
    );
    return {
      title: `${capitalise(lacking)} takes ${countNoun(seat.lent, short, pluralOf(short))} another team frees`,
      text: `${needs} ${capitalise(from)}: ${seat.lent === 1 ? 'that person moves' : 'those people move'} here instead, with no one to add.${staleNote}`,
    };
  }
  if (seat.mode === 'lent') {
    const lenders = teamList(
      seat.servedBy.map(
        (holder) =>
          `${nameOf(holder.teamId)} has ${holder.people} in the seat, ${holder.spare} more than its own answer needs`,
      ),
    );
    return {
      title: `${capitalise(lacking)} can use people another team has to spare`,
      text: `${needs} ${capitalise(lenders)}: those people cover it, with no one to add.${staleNote}`,
    };
  }
  // Who runs it, and who its people are: contractors said as such, and a team that holds the seat for its own
  // work named, so "no team runs one" is never read as "no team has one".
  const contractors = (run: NonNullable<SharedSeat['runBy']>) =>
    run.augmented === 0
      ? ''
      : run.augmented === run.people
        ? run.people === 1
          ? ', a contractor'
          : `, all contractors`
        : `, ${run.augmented} of them contractors`;
  const held =
    seat.heldBy.length === 0
      ? ''
      : ` (${teamList(seat.heldBy.map((team) => `${nameOf(team.teamId)} has ${team.people} in the seat`))} for its own work, not for others)`;
  // A team above its band that holds the seat: its people are the first to ask, before anyone is hired.
  const above = seat.heldBy.filter((team) => team.aboveBand).map((team) => nameOf(team.teamId));
  const askFirst =
    above.length === 0 || seat.toAdd === 0
      ? ''
      : ` ${capitalise(teamList(above))} ${above.length === 1 ? 'is' : 'are'} above ${above.length === 1 ? 'its band' : 'their bands'}: ask ${above.length === 1 ? 'it' : 'them'} first whether someone in the seat can serve the others before anyone is hired.`;
  const runner = seat.runBy
    ? `${nameOf(seat.runBy.teamId)} runs it, with ${seat.runBy.people} in the seat${contractors(seat.runBy)}`
    : `No team runs one for other teams yet${held}: start it as a team of its own${leadWords(seat, nameOf)}`;
  const hirers = seat.lacking.filter((team) => team.ownAction === 'hire').map((team) => nameOf(team.teamId));
  const lenders = seat.servedBy.filter((holder) => holder.spare > 0);
  const lentWords =
    seat.lent > 0
      ? `, with ${people(seat.lent)} from ${teamList(lenders.map((holder) => nameOf(holder.teamId)))}, more than their own answers need`
      : '';
  const how = seat.bridge
    ? `${seat.runBy ? 'Grow it' : 'Start it'} ${seat.when === 'within_weeks' ? 'within weeks' : 'now'} with ${countNoun(seat.bridge.people, 'contractor')} as a bridge, and convert ${seat.bridge.people === 1 ? 'that person' : 'them'} to full-time (or hire permanent replacements) ${convertWhen(seat, nameOf)}, not on a date: a full-time search is slow in a scarce market.${hirers.length > 0 ? ` ${capitalise(teamList(hirers))} ${hirers.length === 1 ? 'hires for its own seat in its own answer: start that full-time search now; the hire replaces one of the contractors' : 'hire for their own seats in their own answers: start those full-time searches now; the hires replace contractors'}, not a person more.` : ''}`
    : seat.toAdd > 0
      ? `Hire ${people(seat.toAdd)} full-time for it${hirers.length > 0 ? `, as ${teamList(hirers)} ${hirers.length === 1 ? 'hires for its own seat in its' : 'hire for their own seats in their'} own answer${hirers.length === 1 ? '' : 's'}` : ''}.`
      : 'No one to add.';
  const saving = one
    ? ''
    : seat.toAdd + seat.lent >= seat.perTeamPeople
      ? ' It takes as many people as filling the seat team by team; the gain is the work done once, by people who cover for each other.'
      : ` Filling it team by team would take ${people(seat.perTeamPeople)}.`;
  return {
    title:
      one && seat.runBy
        ? `${capitalise(lacking)} joins the ${what} ${nameOf(seat.runBy.teamId)} runs`
        : `One shared ${what} for ${countNoun(seat.lacking.length, 'team')}`,
    text: `${needs} The playbook runs this seat as "${seat.levelLabel}" at ${seat.levelStageName}. ${runner}${lentWords}.${askFirst} ${how}${saving}${staleNote}`,
  };
}

/** The first step, for the headline: "the shared MLOps / LLMOps platform, within weeks". */
function firstStepText(plan: CompanyPlan, nameOf: TeamNamer): string {
  const first = plan.seats[0];
  if (!first) return '';
  const when = WHEN_WORDS[first.when];
  const index = first.shared ? first.teams[0]?.sharedIndex : null;
  const shared = index === null || index === undefined ? undefined : plan.shared[index];
  if (shared && shared.kind !== 'part_time' && shared.mode !== 'lent') {
    // One team joining a platform another team runs: said as that, not as something shared.
    if (shared.lacking.length === 1 && shared.runBy) {
      return `the ${inSentence(shared.shortName)} seat for ${nameOf(shared.lacking[0]?.teamId ?? '')}, from the ${sharedSeatName(shared)} ${nameOf(shared.runBy.teamId)} runs, ${when}`;
    }
    return `the shared ${sharedSeatName(shared)}, ${when}`;
  }
  const names = first.teams.map((team) => nameOf(team.teamId));
  const whose = names.length <= 2 ? listInWords(names) : `${names[0]} and others`;
  const what = first.teams.every((team) => team.action === 'convert')
    ? `bringing the ${inSentence(first.roleName)} seat in-house`
    : `the ${inSentence(first.roleName)} seat`;
  return `${what} for ${whose}, ${when}`;
}

/**
 * The plan's first line: one sentence, at most three numbers: new people, seats filled by people already here,
 * and what to do first.
 */
export function planHeadline(plan: CompanyPlan, nameOf: TeamNamer): string {
  const { totals } = plan;
  if (totals.teams === 0) return 'No team assessments to plan from yet.';
  const here = totals.toUpskill + totals.lent;
  const first = firstStepText(plan, nameOf);
  const teams = totals.teams === 1 ? 'The team needs' : 'The teams need';
  const have = totals.teams === 1 ? 'The team has' : 'The teams have';
  const start = first ? `; start with ${first}` : '';
  if (totals.newPeople > 0) {
    // Said as what they are when they are one kind: people upskilled, or people from teams with some to spare.
    const also =
      here === 0
        ? ''
        : totals.lent === 0
          ? `, plus ${people(here)} upskilled`
          : totals.toUpskill === 0
            ? `, plus ${people(here)} from teams with some to spare`
            : `, and ${countNoun(here, 'more seat')} filled by people already here`;
    return `${teams} ${countNoun(totals.newPeople, 'new person', 'new people')}${also}${start}.`;
  }
  if (here > 0) {
    return `${teams} no new people: ${countNoun(here, 'seat')} ${here === 1 ? 'is' : 'are'} filled by people already here${start}.`;
  }
  if (totals.toConvert > 0) return `${teams} no new people${start}.`;
  if (totals.ownersToName > 0) {
    return `${teams} no new people, but ${countNoun(totals.ownersToName, 'seat needs', 'seats need')} an owner named.`;
  }
  return `${have} no seat to fill right now.`;
}

/** What a VP asks next: the people split by how they come in, and headcount before and after. */
export function planTotalsText(plan: CompanyPlan): string[] {
  const { totals } = plan;
  if (totals.teams === 0) return [];
  const lines: string[] = [];
  if (totals.newPeople > 0) {
    const split = [
      totals.hires > 0 ? countNoun(totals.hires, 'full-time hire') : '',
      totals.contractors > 0 ? countNoun(totals.contractors, 'contractor') : '',
    ].filter(Boolean);
    lines.push(`New people: ${totals.newPeople} (${split.join(', ')}).`);
  }
  const here: string[] = [];
  if (totals.toUpskill > 0) here.push(`${totals.toUpskill} upskilled on their own teams`);
  if (totals.lent > 0) here.push(`${totals.lent} from teams with people to spare`);
  if (here.length > 0) lines.push(`Already here: ${here.join(', ')}.`);
  if (totals.toConvert > 0) {
    const bridges = plan.shared.reduce(
      (sum, seat) => sum + (seat.bridge ? seat.bridge.people - seat.bridge.replacedByHires : 0),
      0,
    );
    const of =
      bridges === 0
        ? ''
        : bridges === totals.toConvert
          ? ', all of them shared-platform bridges'
          : `, ${bridges} of them shared-platform bridges`;
    lines.push(`To convert to full-time: ${countNoun(totals.toConvert, 'contractor')}${of}.`);
  }
  // A stale team's owners are counted, but said to wait like the rest of its line.
  const staleOwners = plan.teams
    .filter((team) => team.stale)
    .reduce((sum, team) => sum + team.ownersToName.length, 0);
  const onHold = staleOwners > 0 ? ` (${staleOwners} of them on a team to re-assess first)` : '';
  const owners = totals.ownersToName > 0 ? `Owners to name: ${totals.ownersToName}${onHold}. ` : '';
  lines.push(`${owners}Headcount: ${totals.headcountBefore} now, ${totals.headcountAfter} after.`);
  return lines;
}

/**
 * A footnote under the plan: how the shared platforms and functions are sized, our rule of thumb, said once and
 * disclosed, but after the plan rather than ahead of it.
 */
export function sharingNote(plan: CompanyPlan): string | null {
  if (!plan.shared.some((seat) => seat.kind !== 'part_time' && seat.toAdd > 0)) return null;
  return 'Note: shared platforms and functions are durable work, so contractors only bridge them until they are converted or replaced by hires. They are sized at about one person for every two teams they serve, and a new one at two so it has cover. This is our rule of thumb, not the playbook’s.';
}

/** Said under the plan's steps when some of it rests on old answers, naming the teams (the first few). */
export function planNotes(plan: CompanyPlan, nameOf: TeamNamer): string[] {
  const notes: string[] = [];
  const stale = plan.teams.filter((team) => team.stale);
  if (plan.totals.stale > 0) {
    const one = plan.totals.stale === 1;
    const names = stale.length > 0 ? ` (${teamList(stale.map((team) => nameOf(team.id)))})` : '';
    // Their seats are kept out of the steps and totals until then.
    const waiting = stale
      .flatMap((team) => team.seats)
      .filter((seat) => seat.pending && seat.action !== 'convert')
      .reduce((sum, seat) => sum + seat.people, 0);
    const held =
      waiting > 0
        ? ` ${one ? 'Its' : 'Their'} ${countNoun(waiting, 'seat')} to fill ${waiting === 1 ? 'is' : 'are'} left out of the steps and the totals until then.`
        : '';
    // A stale team whose own answer needs seats within weeks cannot wait for the next check-in.
    const soon = stale
      .filter((team) => team.urgency === 'weeks' && team.seats.some((seat) => seat.pending))
      .map((team) => {
        const roles = [...new Set(team.seats.filter((seat) => seat.pending).map((seat) => seat.roleName))];
        const seats = roles.length === 1 ? 'seat' : 'seats';
        return ` Re-assess ${nameOf(team.id)} this week: its own answer fills the ${listInWords(roles.map(inSentence))} ${seats} within weeks.`;
      })
      .join('');
    notes.push(
      `${countNoun(plan.totals.stale, 'assessment')}${names} ${one ? 'is' : 'are'} more than ${plan.staleAfterDays} days old: re-assess ${one ? 'that team' : 'those teams'} before hiring on ${one ? 'it' : 'them'}.${held}${soon}`,
    );
  }
  const later = laterText(plan, nameOf);
  if (later) notes.push(later);
  return notes;
}

/**
 * What teams not heading to the next stage fill when they do, as their own answers say it ("when the team
 * heads for Scale"): said once, apart, since no move is planned and none of it is in the steps or the totals.
 * Null when there is none.
 */
export function laterText(plan: Pick<CompanyPlan, 'teams'>, nameOf: TeamNamer): string | null {
  const teams = plan.teams.filter((team) => team.seats.some((seat) => !seat.pending && !inThisPlan(seat)));
  if (teams.length === 0) return null;
  const seatsOf = (team: PlanTeam, converting: boolean) =>
    team.seats.filter(
      (seat) => !seat.pending && !inThisPlan(seat) && (seat.action === 'convert') === converting,
    );
  const seatWords = (seats: readonly PlanTeamSeat[], verb: boolean, augmented = !verb) =>
    listInWords(
      seats.map((seat) => {
        const role = `${augmented ? 'augmented ' : ''}${inSentence(seat.roleName)}`;
        const what = countNoun(seat.people, role, pluralOf(role));
        return verb ? `${ACTION_VERBS[seat.action]} ${what}` : what;
      }),
    );
  const count = (converting: boolean) =>
    teams.reduce(
      (sum, team) => sum + seatsOf(team, converting).reduce((all, seat) => all + seat.people, 0),
      0,
    );
  if (teams.length === 1) {
    const [team] = teams as [PlanTeam];
    const converts = seatsOf(team, true);
    const adds = seatsOf(team, false);
    const parts = [
      converts.length > 0 ? `convert ${seatWords(converts, false)} to full-time` : '',
      adds.length > 0 ? seatWords(adds, true) : '',
    ].filter(Boolean);
    return `When ${nameOf(team.id)} heads for ${team.nextStage?.name ?? 'its next stage'} (not planned yet), its own answer says to ${parts.join(' and ')}; not in the steps or the totals.`;
  }
  const per = (converting: boolean) =>
    teams
      .filter((team) => seatsOf(team, converting).length > 0)
      .map((team) => `${nameOf(team.id)}: ${seatWords(seatsOf(team, converting), !converting, false)}`)
      .join('; ');
  const conversions = count(true);
  const additions = count(false);
  const parts = [
    conversions > 0 ? `convert ${countNoun(conversions, 'contractor')} to full-time (${per(true)})` : '',
    additions > 0 ? `add ${people(additions)} (${per(false)})` : '',
  ].filter(Boolean);
  return `When teams head for their next stage (not planned yet), their own answers ${parts.join(' and ')}; not in the steps or the totals.`;
}

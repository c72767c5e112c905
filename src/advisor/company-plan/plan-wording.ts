import type { Action, Severity } from '../assessment.js';
import type { Urgency } from '../playbook/ids.js';
import { countNoun, inSentence, listInWords } from '../wording.js';
import type { CompanyPlan, CompanySeat, PlanTeam, PlanTeamSeat, SharedSeat } from './company-plan.js';

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

/** Names in a sentence stay short: the first few, then how many more (a plan may cover hundreds of teams). */
export const NAMES_IN_A_SENTENCE = 6;

/** "A, B and C", or "A, B, C, D, E, F and 12 more teams". */
export function teamList(names: readonly string[], max = NAMES_IN_A_SENTENCE): string {
  if (names.length <= max) return listInWords(names);
  return `${names.slice(0, max).join(', ')} and ${countNoun(names.length - max, 'more team', 'more teams')}`;
}

const ACTION_VERBS: Record<Action, string> = {
  build: 'build (upskill)',
  hire: 'hire',
  augment: 'augment',
  convert: 'convert to full-time',
};

const SHARED_WORDS: Record<SharedSeat['kind'], string> = {
  platform: 'shared platform',
  function: 'shared function',
};

/** "MLOps / LLMOps engineer: augment 1 now, from the shared platform". */
export function teamSeatText(seat: PlanTeamSeat, team: Pick<PlanTeam, 'headingTo'>): string {
  const when =
    seat.action === 'convert'
      ? ''
      : seat.timing === 'now'
        ? ' now'
        : ` before ${team.headingTo?.name ?? 'the next stage'}`;
  if (seat.shared) return `${seat.roleName}: ${seat.people}${when}, from the ${SHARED_WORDS[seat.shared]}`;
  return `${seat.roleName}: ${ACTION_VERBS[seat.action]} ${seat.people}${when}`;
}

/** The team's seats to fill in one line, or what it has when there are none. */
export function teamSeatsText(team: PlanTeam): string {
  if (team.seats.length === 0) return 'Nothing to fill';
  return team.seats.map((seat) => teamSeatText(seat, team)).join('; ');
}

/** "Production, heading to Scale". */
export function teamStageText(team: PlanTeam): string {
  return team.headingTo ? `${team.stageName}, heading to ${team.headingTo.name}` : team.stageName;
}

/** "7 (band 6 to 12)" or "14, above Production's 6 to 12". */
export function teamHeadcountText(team: PlanTeam): string {
  const { total, band, position, judgedAgainst, judgedAgainstName } = team.headcount;
  const whose = judgedAgainst === team.stage ? '' : `${judgedAgainstName}'s `;
  if (position === 'within') return `${total} (${whose}band ${band.label})`;
  return `${total}, ${position} ${whose || 'the '}band of ${band.label}`;
}

/** "3 days" or "120 days, stale: re-assess". */
export function teamAgeText(team: PlanTeam): string {
  const age = team.ageDays === 0 ? 'today' : `${countNoun(team.ageDays, 'day')} ago`;
  return team.stale ? `${age} (stale: re-assess before hiring on it)` : age;
}

const SEVERITY_WORDS: Record<Severity, string> = {
  critical: 'a critical stall point',
  high: 'a high-severity stall point',
  medium: 'a medium-severity stall point',
  low: 'a low-severity stall point',
};

/**
 * One line for a company seat: who needs how many, when, and why it sits where it does in the order. The
 * teams a shared platform or function serves are named once, with the people the shared seat needs.
 */
export function companySeatText(seat: CompanySeat, nameOf: TeamNamer): string {
  const names = (teams: CompanySeat['teams']) =>
    teamList(teams.map((team) => `${nameOf(team.teamId)}${teams.length > 1 ? ` (${team.people})` : ''}`));
  const parts: string[] = [];
  const shared = seat.teams.filter((team) => team.shared);
  if (seat.shared && shared.length > 0) {
    const serving = teamList(shared.map((team) => nameOf(team.teamId)));
    const kind = seat.shared === 'platform' ? 'platform' : 'function';
    parts.push(
      seat.peopleShared > 0
        ? `${seat.peopleShared} for one shared ${kind} serving ${serving}`
        : `no hire for ${serving}: another team's spare people cover it`,
    );
  }
  const own = seat.teams.filter((team) => !team.shared);
  const now = own.filter((team) => team.action !== 'convert' && team.timing === 'now');
  const later = own.filter((team) => team.action !== 'convert' && team.timing === 'before_next_stage');
  const convert = own.filter((team) => team.action === 'convert');
  const sum = (teams: CompanySeat['teams']) => teams.reduce((total, team) => total + team.people, 0);
  if (now.length > 0) parts.push(`${sum(now)} now for ${names(now)}`);
  if (later.length > 0) parts.push(`${sum(later)} before the move to the next stage for ${names(later)}`);
  if (convert.length > 0)
    parts.push(`${sum(convert)} augmented to convert to full-time in ${names(convert)}`);
  const why = seat.severity
    ? `It answers ${SEVERITY_WORDS[seat.severity]}`
    : seat.teams.every((team) => team.timing === 'before_next_stage' || team.action === 'convert')
      ? 'It prepares teams for what comes next'
      : 'It fills a seat the stage needs';
  return `${seat.roleName}: ${parts.join('; ')}. ${why}; most urgent: ${PLAN_URGENCY_WORDS[seat.urgency]}.`;
}

/** A heading and a paragraph for one shared platform or function. */
export function sharedSeatAdvice(seat: SharedSeat, nameOf: TeamNamer): { title: string; text: string } {
  const role = inSentence(seat.roleName);
  const what = sharedSeatName(seat);
  const lacking = teamList(seat.lacking.map((team) => nameOf(team.teamId)));
  const reason = `The playbook's grid has this seat as "${seat.levelLabel}" at ${seat.levelStageName}: ${
    seat.kind === 'platform' ? 'one platform team that other teams build on' : 'a standing function run once'
  }.`;
  const servers = seat.servedBy.slice(0, NAMES_IN_A_SENTENCE).map((holder) => {
    const name = nameOf(holder.teamId);
    return holder.spare > 0
      ? `${name} (${holder.people}, ${holder.spare} more than it needs)`
      : `${name} (${holder.people}, already run as a ${seat.kind})`;
  });
  if (seat.lacking.length === 1) {
    const [team] = seat.lacking;
    const need = countNoun(team?.people ?? 0, 'person', 'people');
    const add =
      seat.toAdd === 0
        ? 'no new hire is needed'
        : `add ${countNoun(seat.toAdd, 'person', 'people')} there rather than a separate hire`;
    return {
      title: `${lacking} can draw on another team's ${role} people`,
      text: `${lacking} needs ${need} in the ${role} seat now. ${capitalised(listInWords(servers))} could serve it as well: ${add}. ${reason}`,
    };
  }
  const perTeam = `${countNoun(seat.perTeamPeople, 'hire')} if each team fills its own`;
  const already = seat.lacking.reduce((sum, team) => sum + team.has, 0);
  const people = (count: number) => countNoun(count, 'person', 'people');
  const base = [
    ...(seat.servedBy.length > 0 ? [`the people already in the seat at ${listInWords(servers)}`] : []),
    ...(already > 0 ? [`the ${people(already)} these teams already have in it`] : []),
  ];
  const additions = seat.toAdd > 0 ? `add ${people(seat.toAdd)}` : 'no new hire is needed';
  const start =
    base.length > 0
      ? `Build it around ${listInWords(base)}, and ${seat.toAdd > 0 ? additions : `${additions}`}`
      : `Start it with ${people(seat.toAdd)}`;
  const sizing =
    seat.servedBy.length > 0
      ? ' (about one person for every two teams it serves)'
      : ' (two so it has cover, then about one more for every two teams it serves)';
  return {
    title: `One shared ${what} for ${countNoun(seat.lacking.length, 'team')}`,
    text: `${lacking} ${seat.lacking.length === 2 ? 'both' : 'all'} need the ${role} seat filled now: ${perTeam}. Fill it once instead, as one ${what} serving them. ${start}${sizing}. ${reason}`,
  };
}

/** "MLOps / LLMOps platform", "data platform", "security / governance function". */
export function sharedSeatName(seat: Pick<SharedSeat, 'kind' | 'shortName'>): string {
  return `${inSentence(seat.shortName.replace(/ engineer$/, ''))} ${seat.kind}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The plan's first line: how many teams, how many people, and what to do first. */
export function planHeadline(plan: CompanyPlan, nameOf: TeamNamer): string {
  const { totals } = plan;
  const teams = countNoun(totals.teams, 'team');
  if (totals.teams === 0) return 'No team assessments to plan from yet.';
  const first = plan.seats[0];
  const people = totals.peopleNow + totals.peopleBeforeNext;
  if (people === 0 && totals.toConvert === 0) {
    return `${teams}: no seat to fill across them right now.`;
  }
  const adds = [
    totals.peopleNow > 0 ? `${countNoun(totals.peopleNow, 'person', 'people')} to add now` : '',
    totals.peopleBeforeNext > 0 ? `${totals.peopleBeforeNext} before teams move on` : '',
    totals.toConvert > 0 ? `${totals.toConvert} augmented to convert to full-time` : '',
  ].filter(Boolean);
  const firstText = first
    ? ` Fill first: ${inSentence(first.roleName)}, for ${teamList(
        first.teams.map((team) => nameOf(team.teamId)),
        3,
      )}.`
    : '';
  return `${teams}, ${listInWords(adds)}.${firstText}`;
}

/** Said under the plan when some of it rests on old answers, or when sharing saves hires. */
export function planNotes(plan: CompanyPlan): string[] {
  const notes: string[] = [];
  if (plan.totals.savedBySharing > 0) {
    notes.push(
      `Sharing platform and function seats across teams takes ${countNoun(plan.totals.savedBySharing, 'fewer hire', 'fewer hires')} than filling them team by team.`,
    );
  }
  if (plan.totals.stale > 0) {
    notes.push(
      `${countNoun(plan.totals.stale, 'assessment')} ${plan.totals.stale === 1 ? 'is' : 'are'} more than ${plan.staleAfterDays} days old: re-assess ${plan.totals.stale === 1 ? 'that team' : 'those teams'} before hiring on ${plan.totals.stale === 1 ? 'it' : 'them'}.`,
    );
  }
  return notes;
}

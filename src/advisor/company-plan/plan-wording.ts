import type { Action, Severity } from '../assessment.js';
import type { Urgency } from '../playbook/ids.js';
import { capitalise, countNoun, inSentence, listInWords } from '../wording.js';
import type { CompanyPlan, CompanySeat, PlanTeam, PlanTeamSeat, SharedSeat } from './company-plan.js';
import { STALE_AFTER_DAYS } from './plan-hiring.js';

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
/**
 * And short in characters: Slack cuts a section at 3,000, and a seat line holds up to four lists of names
 * (80-character names, escaped and with a channel link, can pass 400 each).
 */
export const NAME_LIST_BUDGET = 600;

/** "A, B and C", or "A, B, C, D, E, F and 12 more teams": as many names as fit both limits, at least one. */
export function teamList(names: readonly string[], max = NAMES_IN_A_SENTENCE): string {
  let shown = 0;
  let length = 0;
  while (shown < Math.min(max, names.length)) {
    length += (names[shown]?.length ?? 0) + 2;
    if (shown > 0 && length > NAME_LIST_BUDGET) break;
    shown += 1;
  }
  if (shown === names.length) return listInWords(names);
  return `${names.slice(0, shown).join(', ')} and ${countNoun(names.length - shown, 'more team', 'more teams')}`;
}

const SHARED_WORDS: Record<SharedSeat['kind'], string> = {
  platform: 'shared platform',
  function: 'shared function',
};

/** "augment 1 now", "1 more before Scale from the shared platform", "convert 1 to full-time". */
function seatPart(seat: PlanTeamSeat, team: Pick<PlanTeam, 'headingTo'>, more: boolean): string {
  const count = `${seat.people}${more ? ' more' : ''}`;
  if (seat.action === 'convert') return `convert ${count} to full-time`;
  const when = seat.timing === 'now' ? 'now' : `before ${team.headingTo?.name ?? 'the next stage'}`;
  if (seat.lent) return `${count} ${when} from another team's spare people`;
  if (seat.shared) return `${count} ${when} from the ${SHARED_WORDS[seat.shared]}`;
  const verb = seat.action === 'build' ? 'build (upskill)' : seat.action;
  return `${verb} ${count} ${when}`;
}

/**
 * The team's seats to fill in one line, a seat's parts together ("AI engineer: augment 1 now, hire 1 more
 * before Scale"), then any owner to name and whether the additions take it past its band.
 */
export function teamSeatsText(team: PlanTeam): string {
  const byRole = new Map<string, PlanTeamSeat[]>();
  for (const seat of team.seats) byRole.set(seat.role, [...(byRole.get(seat.role) ?? []), seat]);
  const parts = [...byRole.values()].map(
    (seats) =>
      `${seats[0]?.roleName}: ${seats.map((seat, index) => seatPart(seat, team, index > 0 && seat.action !== 'convert')).join(', ')}`,
  );
  const owners = team.ownersToName.map(inSentence);
  if (owners.length > 0) parts.push(`name an owner for the ${listInWords(owners)} work`);
  if (parts.length === 0) return 'Nothing to fill';
  const ownAdditions = team.seats.some((seat) => seat.action !== 'convert' && !seat.shared);
  if (team.pastBand && ownAdditions) {
    parts.push(
      team.headcount.position === 'above'
        ? 'the team is already above its band, so make room first'
        : 'this takes the team past its band, so make room first',
    );
  }
  const text = parts.join('; ');
  return team.seats.length === 0 ? `No one to add; ${text}` : text;
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
    // A team needing the seat now and before its move is served once.
    const serving = teamList([...new Set(shared.map((team) => team.teamId))].map(nameOf));
    const kind = seat.shared === 'platform' ? 'platform' : 'function';
    const lent =
      seat.lent > 0 ? ` (with ${countNoun(seat.lent, 'person', 'people')} other teams have to spare)` : '';
    parts.push(
      seat.peopleShared > 0
        ? `${seat.peopleShared} for one shared ${kind} serving ${serving}${lent}`
        : `no new hire for ${serving}: people other teams have to spare cover it`,
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
    : seat.teams.every((team) => team.action === 'convert')
      ? 'It brings seats held only by augmented people in-house'
      : seat.teams.every((team) => team.timing === 'before_next_stage' || team.action === 'convert')
        ? 'It prepares teams for their next stage'
        : 'It fills a seat the stage needs';
  return `${seat.roleName}: ${parts.join('; ')}. ${why}; most urgent: ${PLAN_URGENCY_WORDS[seat.urgency]}.`;
}

/** A heading and a paragraph for one shared platform or function. */
export function sharedSeatAdvice(seat: SharedSeat, nameOf: TeamNamer): { title: string; text: string } {
  const role = inSentence(seat.roleName);
  const what = sharedSeatName(seat);
  const people = (count: number) => countNoun(count, 'person', 'people');
  const lacking = capitalise(teamList(seat.lacking.map((team) => nameOf(team.teamId))));
  const reason = `The playbook's grid has this seat as "${seat.levelLabel}" at ${seat.levelStageName}: ${
    seat.kind === 'platform' ? 'one platform team that other teams build on' : 'a standing function run once'
  }.`;
  /** "Platform has 3 in the seat, 1 more than it needs", "Platform runs it as a platform with 2". */
  const facts = teamList(
    seat.servedBy.map((holder) => {
      const name = nameOf(holder.teamId);
      return holder.spare > 0
        ? `${name} has ${holder.people} in the seat, ${holder.spare} more than it needs`
        : `${name} runs it as a ${seat.kind} with ${holder.people}`;
    }),
  );
  // Teams whose answers are old, on either side: those counted as needing the seat and those serving it.
  const stale = [
    ...seat.lacking.filter((team) => team.stale).map((team) => nameOf(team.teamId)),
    ...seat.servedBy.filter((team) => team.stale).map((team) => nameOf(team.teamId)),
  ];
  const staleNote =
    stale.length === 0
      ? ''
      : ` This rests on ${teamList(stale)}, last assessed more than ${STALE_AFTER_DAYS} days ago: re-assess before acting on ${stale.length === 1 ? 'it' : 'them'}.`;
  const how = howToFill(seat);

  if (seat.lacking.length === 1) {
    const [team] = seat.lacking;
    const needed = team?.people ?? 0;
    const now = team?.now ?? 0;
    const when =
      now === needed
        ? ' now'
        : now === 0
          ? ' before its move'
          : ` (${now} now, ${needed - now} before its move)`;
    const need = `${lacking} needs ${people(needed)} in the ${role} seat${when}.`;
    if (seat.mode === 'lent') {
      const lenders = teamList(
        seat.servedBy
          .filter((holder) => holder.spare > 0)
          .map(
            (holder) =>
              `${nameOf(holder.teamId)} has ${holder.people} in the seat, ${holder.spare} more than it needs`,
          ),
      );
      return {
        title: `${lacking} can use people another team has to spare`,
        text: `${need} ${capitalise(lenders)}: those people cover it, with no new hire. ${reason}${staleNote}`,
      };
    }
    const grow = seat.servedBy.length === 1 ? `Grow that ${seat.kind}` : `Grow one of those ${seat.kind}s`;
    return {
      title: `${lacking} can join ${/^[aeiou]|^MLOps/i.test(what) ? 'an' : 'a'} ${what} another team runs`,
      text: `${need} ${capitalise(facts)}. ${grow} by ${people(seat.toAdd)} (${how}) rather than a hire of the team's own. ${reason}${staleNote}`,
    };
  }

  const perTeam = `${countNoun(seat.perTeamPeople, 'hire')} if each team fills its own`;
  const add = seat.toAdd > 0 ? `Add ${people(seat.toAdd)} (${how}).` : 'No new hire is needed.';
  const start =
    seat.servedBy.length > 0
      ? `Build it around the people already in the seat: ${facts}. ${add}`
      : `Start it with ${people(seat.toAdd)} (${how}).`;
  const sizing =
    seat.mode === 'new'
      ? 'That is about one person for every two teams it serves, and at least two so it has cover: our rule of thumb.'
      : 'That is about one person for every two teams it serves: our rule of thumb.';
  const saving =
    seat.toAdd + seat.lent >= seat.perTeamPeople
      ? ' It takes as many people as filling the seat team by team, but the work is set up once and the people cover for each other.'
      : '';
  const timing = seat.lacking.some((team) => team.timing === 'before_next_stage')
    ? ' (some before their move)'
    : ' now';
  return {
    title: `One shared ${what} for ${countNoun(seat.lacking.length, 'team')}`,
    text: `${lacking} ${seat.lacking.length === 2 ? 'both' : 'all'} need people in the ${role} seat${timing}: ${perTeam}. Fill it once instead, as one ${what} serving them. ${start} ${sizing}${saving} ${reason}${staleNote}`,
  };
}

const ACTION_WORDS: Record<Action, string> = {
  augment: 'augmented, for speed',
  hire: 'hired full-time',
  build: 'upskilled from people already here',
  convert: 'converted to full-time',
};

/** "augmented, for speed", or "hired full-time, as these teams' own answers suggest". */
function howToFill(seat: SharedSeat): string {
  // Augmenting may come from a team's urgency rather than its answer for the seat: speed is reason enough.
  if (seat.action === 'augment') return ACTION_WORDS.augment;
  const whose =
    seat.lacking.length === 1 ? "as the team's own answer suggests" : "as these teams' own answers suggest";
  return `${ACTION_WORDS[seat.action]}, ${whose}`;
}

/** "MLOps / LLMOps platform", "data platform", "security / governance function". */
export function sharedSeatName(seat: Pick<SharedSeat, 'kind' | 'shortName'>): string {
  return `${inSentence(seat.shortName.replace(/ engineer$/, ''))} ${seat.kind}`;
}

/** The plan's first line: how many teams, how many people, and what to do first. */
export function planHeadline(plan: CompanyPlan, nameOf: TeamNamer): string {
  const { totals } = plan;
  const teams = countNoun(totals.teams, 'team');
  if (totals.teams === 0) return 'No team assessments to plan from yet.';
  const people = (count: number) => countNoun(count, 'person', 'people');
  const parts = [
    totals.peopleNow > 0 ? `${people(totals.peopleNow)} to fill now` : '',
    totals.peopleBeforeNext > 0
      ? totals.peopleNow > 0
        ? `${totals.peopleBeforeNext} more before teams move on`
        : `${people(totals.peopleBeforeNext)} to fill before teams move on`
      : '',
    totals.lent > 0 ? `${totals.lent} covered by people other teams have to spare` : '',
    totals.toConvert > 0 ? `${totals.toConvert} augmented to convert to full-time` : '',
  ].filter(Boolean);
  const owners = plan.teams.reduce((sum, team) => sum + team.ownersToName.length, 0);
  if (owners > 0) parts.push(`${countNoun(owners, 'owner')} to name`);
  if (parts.length === 0) return `${teams}: no seat to fill across them right now.`;
  const first = plan.seats[0];
  const firstText = first
    ? ` Fill first: ${inSentence(first.roleName)}, for ${teamList(
        first.teams.map((team) => nameOf(team.teamId)),
        3,
      )}.`
    : '';
  // Upskilling fills a seat without adding headcount, as a single answer's staffing plan counts it.
  const upskill =
    totals.toUpskill > 0
      ? ` Of those, ${totals.toUpskill} ${totals.toUpskill === 1 ? 'is' : 'are'} filled by upskilling people already on the teams.`
      : '';
  return `${teams}, ${listInWords(parts)}.${upskill}${firstText}`;
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

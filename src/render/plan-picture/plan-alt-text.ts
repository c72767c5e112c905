import { SEAT_STATE_WORDS } from '../../advisor/company-plan/plan-wording.js';
import type { CellState, CompanyPlan, PlanRole, PlanTeam } from '../../advisor/index.js';
import { countNoun, SEAT_STATES } from '../../advisor/index.js';
import { stageLine, teamLabel } from './plan-svg.js';
import { plainText } from './xml-text.js';

/** Slack's limit on an image block's alt_text. */
export const ALT_TEXT_LIMIT = 2000;
/** A name longer than this is cut in the alt text, so one team cannot crowd out the rest. */
const NAME_LIMIT = 60;

type Detail = 'full' | 'brief';

function rolesIn(team: PlanTeam, roles: readonly PlanRole[], state: CellState): string[] {
  return roles.filter((_, index) => team.cells[index] === state).map((role) => role.abbreviation);
}

function shortName(team: PlanTeam, nameOf: (team: PlanTeam) => string): string {
  const name = teamLabel(team, nameOf);
  if (name.length <= NAME_LIMIT) return name;
  const cut = name.slice(0, NAME_LIMIT);
  const space = cut.lastIndexOf(' ');
  return `${(space > NAME_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The states to act on, named in full even in brief. */
const ACT_ON: readonly CellState[] = [
  'fill_now',
  'fill_later',
  'on_hold',
  'before_move',
  'to_convert',
  'owner_to_name',
  'from_shared',
  'moved_in',
  'over',
];

/**
 * One team's row in words, with the legend's words for each state. In full, every state it has names its
 * roles; brief names the states to act on and counts the rest.
 */
function teamText(
  team: PlanTeam,
  roles: readonly PlanRole[],
  nameOf: (team: PlanTeam) => string,
  detail: Detail,
): string {
  const states = SEAT_STATES.filter((state) => team.cells.includes(state));
  const named = detail === 'full' ? states : states.filter((state) => ACT_ON.includes(state));
  const rest = states.filter((state) => !named.includes(state));
  const parts = named.map((state) => `${SEAT_STATE_WORDS[state]}: ${rolesIn(team, roles, state).join(', ')}`);
  if (rest.length > 0) {
    parts.push(
      rest.map((state) => `${rolesIn(team, roles, state).length} ${SEAT_STATE_WORDS[state]}`).join(', '),
    );
  }
  return `${shortName(team, nameOf)} (${plainText(stageLine(team))}): ${parts.join('; ')}.`;
}

function moreText(count: number): string {
  return ` And ${countNoun(count, 'more team')} in the written plan.`;
}

/**
 * The picture in words, for the image's alt text: the same teams in the same order, each with its gaps and
 * seats with more people than the stage needs. Plain text within Slack's 2,000 characters: every role is named while that fits,
 * then only the gaps and overs, and when even that does not fit the text ends on whole teams and says how
 * many more there are.
 */
export function planAltText(
  plan: CompanyPlan,
  nameOf: (team: PlanTeam) => string,
  shownTeams: number,
): string {
  const shown = plan.teams.slice(0, Math.max(0, shownTeams));
  if (plan.teams.length === 0) return 'Hiring plan: no teams assessed yet.';
  const lead = `Hiring plan, teams by roles, ${countNoun(plan.teams.length, 'team')}, most pressing first.`;
  for (const detail of ['full', 'brief'] as const) {
    const lines = shown.map((team) => teamText(team, plan.roles, nameOf, detail));
    const hidden = plan.teams.length - shown.length;
    const whole = [lead, ...lines].join(' ') + (hidden > 0 ? moreText(hidden) : '');
    if (whole.length <= ALT_TEXT_LIMIT) return whole;
  }
  // Whole teams while they fit with room left for the count of the rest.
  let text = lead;
  let kept = 0;
  for (const team of shown) {
    const next = `${text} ${teamText(team, plan.roles, nameOf, 'brief')}`;
    if (next.length + moreText(plan.teams.length - kept - 1).length > ALT_TEXT_LIMIT) break;
    text = next;
    kept += 1;
  }
  return text + moreText(plan.teams.length - kept);
}

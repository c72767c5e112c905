import type { TeamNamer } from '../../advisor/company-plan/plan-wording.js';

/** Stands for a team left unnamed; a control character no team name or wording holds. */
const LEFT_OUT = '\u0001';
/** A left-out list item: the marker, and the people in brackets that follow a team's name in a list. */
const ITEM = `${LEFT_OUT}(?: \\([^)]*\\))?`;
const LEFT_OUT_TAIL = new RegExp(`(?:, ${ITEM})* and ${ITEM}`, 'g');

/**
 * A plan sentence that names at most a few teams in each of its lists: the rest are counted ("A, B and 212
 * more"). The plan's wording lists every team a seat serves, which for hundreds of teams would overflow a
 * Slack block (3,000 characters) and a message (about 12,000); the team lines below name every team. The
 * sentence is the plan's own (`render` is one of its wording functions): only the tails of its team lists
 * are folded, so counts and reasons it states are untouched.
 */
export function withFewNames(
  render: (nameOf: TeamNamer) => string,
  nameOf: TeamNamer,
  named: ReadonlySet<string>,
): string {
  const text = render((teamId) => (named.has(teamId) ? nameOf(teamId) : LEFT_OUT));
  if (!text.includes(LEFT_OUT)) return text;
  return text
    .replace(LEFT_OUT_TAIL, (tail) => ` and ${countOf(tail)} more`)
    .replaceAll(LEFT_OUT, 'another team');
}

function countOf(tail: string): number {
  return tail.split(LEFT_OUT).length - 1;
}

/** The first `max` ids of each list: the teams a sentence names. */
export function firstOf(lists: readonly (readonly string[])[], max: number): Set<string> {
  return new Set(lists.flatMap((list) => list.slice(0, max)));
}

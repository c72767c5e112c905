import type { Assessment, GridRow, Readiness, StageSummary, StallPoint, Suggestion } from './assessment.js';
import type { Evidence } from './evidence.js';
import { type Validated, validate } from './field-errors.js';
import { buildGrid, coverAt } from './grid.js';
import { bandOf } from './headcount.js';
import { isPracticeId, isRoleId, type StageId } from './playbook/ids.js';
import { getDefaultPlaybook } from './playbook/load.js';
import type { Playbook } from './playbook/schema.js';
import { type TeamProfile, teamProfileSchema } from './profile.js';
import { assessReadiness, orderByPressure } from './readiness.js';
import { findStallPoints } from './stall-rules/index.js';
import { staffingPlan, suggestStaffing } from './suggestions.js';
import { TeamContext } from './team-context.js';
import { beforeTheMove, countNoun, inSentence, listInWords } from './wording.js';

/**
 * Profile in, advice out. Pure and deterministic: the same profile and playbook always give the same
 * assessment, with no clock, network or storage involved. The seat verdicts (the grid) are computed once;
 * stall points, suggestions and readiness all read them.
 */
export function assess(profile: TeamProfile, playbook: Playbook = getDefaultPlaybook()): Assessment {
  const team = new TeamContext(profile, playbook);
  const grid = buildGrid(team);
  const seats = new Map(grid.map((row) => [row.role, row]));
  const stallPoints = findStallPoints(team, seats);
  const suggestions = suggestStaffing(team, seats, stallPoints);
  citeEachFigureOnce(stallPoints, suggestions);
  const readiness = orderByPressure(assessReadiness(team), stallPoints);
  return {
    profile,
    stage: stageSummary(playbook, team.stage),
    nextStage: team.nextStage ? stageSummary(playbook, team.nextStage) : null,
    headcount: team.headcount,
    grid,
    stallPoints,
    suggestions,
    plan: staffingPlan(team, seats, suggestions, team.headcount),
    readiness,
    lead: leadLine(team, grid, stallPoints, suggestions, readiness),
  };
}

/** For untrusted input (a form, a file, flags): validates the profile, then assesses it. */
export function assessInput(
  input: unknown,
  playbook: Playbook = getDefaultPlaybook(),
): Validated<Assessment> {
  const profile = validate(teamProfileSchema, input);
  return profile.ok ? { ok: true, value: assess(profile.value, playbook) } : profile;
}

function stageSummary(playbook: Playbook, stage: StageId): StageSummary {
  const definition = playbook.stages[stage];
  return { id: stage, name: definition.name, band: bandOf(definition), goal: definition.goal };
}

/** Sources an answer cites: the first two claims with support make the case; more reads as padding. */
export const MAX_SOURCES_PER_ANSWER = 2;

/**
 * A source is cited once per answer, beside the first claim it supports in reading order; later uses are
 * dropped (two a16z lines in one answer read as the same point made twice).
 */
function citeEachFigureOnce(stallPoints: StallPoint[], suggestions: Suggestion[]): void {
  const cited = new Set<string>();
  const firstUses = (evidence: Evidence[]) =>
    evidence.filter((item) => {
      if (cited.has(item.source) || cited.size >= MAX_SOURCES_PER_ANSWER) return false;
      cited.add(item.source);
      return true;
    });
  for (const point of stallPoints) point.evidence = firstUses(point.evidence);
  // A reason given for an earlier seat is not repeated for the next, so a figure there would stand beside no
  // reason at all, as if it argued for that seat in particular: it is left out.
  const reasonGivenFor = new Map<string, string>();
  for (const suggestion of suggestions) {
    const first = reasonGivenFor.get(suggestion.why) ?? suggestion.role;
    reasonGivenFor.set(suggestion.why, first);
    suggestion.evidence = first === suggestion.role ? firstUses(suggestion.evidence) : [];
  }
}

/** What the answer says first: for a team on the move, what the move still needs; else its worst stall point. */
function leadLine(
  team: TeamContext,
  grid: readonly GridRow[],
  stallPoints: readonly StallPoint[],
  suggestions: readonly Suggestion[],
  readiness: Readiness,
): string {
  const heading = team.headingTo;
  if (heading) {
    const missing = readiness.items
      // A seat someone could carry once named its owner is not a hire: the owner practice says what is missing.
      .filter(
        (item) => !item.met && !(isRoleId(item.id) && coverAt(team, item.id, heading)?.kind === 'unowned'),
      )
      .map((item) => {
        if (isRoleId(item.id)) {
          const have = team.count(item.id);
          return have > 0
            ? `${team.requiredCount(item.id, heading) - have} more ${team.seatName(item.id)}`
            : team.seatName(item.id);
        }
        if (isPracticeId(item.id)) return inSentence(team.playbook.practices[item.id].name);
        return `about ${bandOf(team.playbook.stages[heading]).label} people, as a guide`;
      });
    return missing.length === 0
      ? `Ready for ${team.stageWord(heading)}: every seat and practice it needs is in place.`
      : `Still missing for the move to ${team.stageWord(heading)}: ${firstFew(missing)}.`;
  }
  const top = stallPoints[0];
  if (top) return `Most pressing: ${inSentence(top.title)}.`;
  const empty = grid.filter((row) => row.toFill.now > 0).map((row) => team.seatName(row.role));
  if (empty.length > 0) {
    // The list says how many; a count beside it would be one more number the playbook never gave.
    return `No stall points, but ${empty.length === 1 ? 'a seat the stage needs is' : 'seats the stage needs are'} still to fill: ${firstFew(empty)}.`;
  }
  if (grid.some((row) => row.status === 'premature' || row.status === 'over')) {
    return 'No stall points, though some seats run ahead of what the stage needs.';
  }
  // A team whose size and habits point to another stage is not "staffed the way" its own stage calls for.
  if (team.headcount.stageHint) {
    return `No stall points, but the team looks more like a ${team.headcount.stageHint.looksLikeName.toLowerCase()} team than a ${team.stageWord()} one.`;
  }
  const staffed = `Staffed the way the ${team.stageWord()} stage calls for`;
  // A "dedicated function" held by one person meets the letter of the grid; the lead says how thin it is.
  const thin = grid.filter(
    (row) => row.status === 'covered' && row.total === 1 && team.level(row.role).servesTeams === 'function',
  );
  if (suggestions.length === 0 && thin.length > 0) {
    return `${staffed}, though its ${listInWords(thin.map((row) => team.seatName(row.role)))} ${thin.length === 1 ? 'function is' : 'functions are'} one person.`;
  }
  return suggestions.length === 0
    ? `${staffed}.`
    : suggestions.every((s) => s.action === 'convert')
      ? // The seats are held; what is left is the people in them who are not yet on staff, and when.
        `${staffed}; ${countNoun(
          suggestions.reduce((sum, s) => sum + s.people, 0),
          'augmented person',
          'augmented people',
        )} to make full-time${
          !suggestions.every((s) => s.timing !== 'now')
            ? ''
            : ` ${beforeTheMove(team.nextStage ? team.stageName(team.nextStage) : undefined, team.headingTo !== null)}`
        }.`
      : `${staffed}; ${suggestions.length === 1 ? 'one seat' : `${suggestions.length} seats`} still to make permanent.`;
}

/** At most three things, then how many more: a lead line names what matters first, not everything. */
export function firstFew(items: readonly string[], most = 3): string {
  // Semicolons: some practice names hold commas of their own.
  if (items.length <= most) return items.join('; ');
  // "and 2 more gaps": a bare "and 2 more" after "1 more AI product manager" reads as two more managers.
  const rest = items.length - most;
  return `${items.slice(0, most).join('; ')}, and ${countNoun(rest, 'more gap')}`;
}

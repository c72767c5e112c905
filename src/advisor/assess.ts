import type { Assessment, Readiness, StageSummary, StallPoint, Suggestion } from './assessment.js';
import type { Evidence, FigureId } from './evidence.js';
import { type Validated, validate } from './field-errors.js';
import { buildGrid } from './grid.js';
import { bandOf } from './headcount.js';
import { isPracticeId, isRoleId, type StageId } from './playbook/ids.js';
import { getDefaultPlaybook } from './playbook/load.js';
import type { Playbook } from './playbook/schema.js';
import { type TeamProfile, teamProfileSchema } from './profile.js';
import { assessReadiness } from './readiness.js';
import { findStallPoints } from './stall-rules/index.js';
import { staffingPlan, suggestStaffing } from './suggestions.js';
import { TeamContext } from './team-context.js';

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
  const readiness = assessReadiness(team);
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
    lead: leadLine(team, stallPoints, suggestions, readiness),
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

/** A figure supports one claim per answer: the first, in reading order; later repeats are dropped. */
function citeEachFigureOnce(stallPoints: StallPoint[], suggestions: Suggestion[]): void {
  const cited = new Set<FigureId>();
  const firstUses = (evidence: Evidence[]) =>
    evidence.filter((item) => {
      if (cited.has(item.figure)) return false;
      cited.add(item.figure);
      return true;
    });
  for (const point of stallPoints) point.evidence = firstUses(point.evidence);
  for (const suggestion of suggestions) suggestion.evidence = firstUses(suggestion.evidence);
}

/** What the answer says first: for a team on the move, what the move still needs; else its worst stall point. */
function leadLine(
  team: TeamContext,
  stallPoints: readonly StallPoint[],
  suggestions: readonly Suggestion[],
  readiness: Readiness,
): string {
  const heading = team.headingTo;
  if (heading) {
    const missing = readiness.items
      .filter((item) => !item.met)
      .map((item) => {
        if (isRoleId(item.id)) return team.seatName(item.id);
        if (isPracticeId(item.id)) return lowerFirst(team.playbook.practices[item.id].name);
        return `a team of ${bandOf(team.playbook.stages[heading]).label}`;
      });
    return missing.length === 0
      ? `Ready for ${team.stageWord(heading)}: every seat and practice it needs is in place.`
      : // Semicolons: some practice names hold commas of their own.
        `Still missing for the move to ${team.stageWord(heading)}: ${missing.join('; ')}.`;
  }
  const top = stallPoints[0];
  if (top) return `Most pressing: ${lowerFirst(top.title)}.`;
  const staffed = `Staffed the way the ${team.stageWord()} stage calls for`;
  return suggestions.length === 0
    ? `${staffed}.`
    : `${staffed}; ${suggestions.length === 1 ? 'one seat' : `${suggestions.length} seats`} still to fill or make permanent.`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

import type { Assessment, StageSummary } from './assessment.js';
import { type Validated, validate } from './field-errors.js';
import { buildGrid } from './grid.js';
import { bandOf } from './headcount.js';
import type { StageId } from './playbook/ids.js';
import { getDefaultPlaybook } from './playbook/load.js';
import type { Playbook } from './playbook/schema.js';
import { type TeamProfile, teamProfileSchema } from './profile.js';
import { assessReadiness } from './readiness.js';
import { findStallPoints } from './stall-rules/index.js';
import { suggestStaffing } from './suggestions.js';
import { TeamContext } from './team-context.js';

/**
 * Profile in, advice out. Pure and deterministic: the same profile and playbook always give the same
 * assessment, with no clock, network or storage involved.
 */
export function assess(profile: TeamProfile, playbook: Playbook = getDefaultPlaybook()): Assessment {
  const team = new TeamContext(profile, playbook);
  const grid = buildGrid(team);
  const stallPoints = findStallPoints(team);
  return {
    profile,
    stage: stageSummary(playbook, team.stage),
    nextStage: team.nextStage ? stageSummary(playbook, team.nextStage) : null,
    headcount: team.headcount,
    grid,
    stallPoints,
    suggestions: suggestStaffing(team, grid, stallPoints),
    readiness: assessReadiness(team),
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

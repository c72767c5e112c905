/**
 * The fixed vocabulary the engine and the team profile speak. A replacement playbook may relabel, rebalance
 * and re-band these, but not add or drop them: every profile, stored assessment and stall rule refers to
 * them by id.
 */

export const ROLE_IDS = [
  'ai_engineer',
  'backend',
  'ai_pm',
  'data_engineer',
  'mlops',
  'eval_specialist',
  'ml_engineer',
  'data_scientist',
  'frontend_design',
  'security',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const STAGE_IDS = ['pilot', 'production', 'scale'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const PRACTICE_IDS = [
  'eval_set',
  'eval_owner',
  'monitoring',
  'governed_data',
  'security_review',
] as const;
export type PracticeId = (typeof PRACTICE_IDS)[number];

/** What the team builds: features on hosted foundation models, its own trained models, or both. */
export const BUILDS = ['foundation_apis', 'custom_models', 'both'] as const;
export type Builds = (typeof BUILDS)[number];

export const URGENCIES = ['weeks', 'this_quarter', 'no_rush'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * What a seat level means to the engine, independent of how the playbook words it:
 * - `core`: the stage needs someone in this seat (at least `minCount`).
 * - `shared`: someone must cover the work, but part-time from another seat is fine.
 * - `conditional`: a core seat only when the condition holds (for now: the team trains its own models).
 * - `as_needed`: staff it when the work calls for it; an empty seat is not a gap.
 * - `wait`: the stage does not need it yet; staffing it early is premature.
 */
export const NEEDS = ['core', 'shared', 'conditional', 'as_needed', 'wait'] as const;
export type Need = (typeof NEEDS)[number];

export const CONDITIONS = ['custom_model'] as const;
export type Condition = (typeof CONDITIONS)[number];

export function isRoleId(value: string): value is RoleId {
  return (ROLE_IDS as readonly string[]).includes(value);
}

export function isStageId(value: string): value is StageId {
  return (STAGE_IDS as readonly string[]).includes(value);
}

export function isPracticeId(value: string): value is PracticeId {
  return (PRACTICE_IDS as readonly string[]).includes(value);
}

/** The published figures the advice may cite (the playbook data says what each claims and supports). */
export const FIGURE_IDS = [
  'valueGap',
  'skillsShortage',
  'peopleStrategy',
  'aiEngineerFirst',
  'aiEngineerWithoutTraining',
  'engineersNotResearchers',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

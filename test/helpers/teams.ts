import {
  type RoleId,
  type TeamProfile,
  type TeamProfileInput,
  teamProfileSchema,
} from '../../src/advisor/index.js';

type Counts = Partial<Record<RoleId, number | [inHouse: number, augmented: number]>>;

export interface TeamSketch extends Omit<Partial<TeamProfileInput>, 'roles'> {
  roles?: Counts;
}

/** A valid profile from a short sketch: counts as `n` (in-house) or `[in-house, augmented]`. */
export function team(sketch: TeamSketch): TeamProfile {
  const { roles = {}, ...rest } = sketch;
  return teamProfileSchema.parse({
    builds: 'foundation_apis',
    urgency: 'this_quarter',
    stage: 'pilot',
    ...rest,
    roles: Object.fromEntries(
      Object.entries(roles).map(([role, count]) => [
        role,
        Array.isArray(count) ? { inHouse: count[0], augmented: count[1] } : { inHouse: count },
      ]),
    ),
  });
}

/** Teams staffed exactly the way their stage calls for: no stall point should fire on them. */
export const HEALTHY = {
  pilot: {
    stage: 'pilot',
    roles: { ai_engineer: 2, ai_pm: 1, backend: 1 },
    practices: ['eval_set', 'eval_owner'],
  },
  production: {
    stage: 'production',
    roles: {
      ai_engineer: 2,
      ai_pm: 1,
      backend: 2,
      data_engineer: 1,
      mlops: 1,
      eval_specialist: 1,
      frontend_design: 1,
      security: 1,
    },
    practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
  },
  scale: {
    stage: 'scale',
    builds: 'both',
    roles: {
      ai_engineer: 4,
      ai_pm: 2,
      backend: 3,
      data_engineer: 2,
      mlops: 2,
      eval_specialist: 1,
      ml_engineer: 2,
      data_scientist: 2,
      frontend_design: 2,
      security: 2,
    },
    practices: ['eval_set', 'eval_owner', 'monitoring', 'governed_data', 'security_review'],
  },
} as const satisfies Record<string, TeamSketch>;

/** A healthy team of the stage, with some changes. */
export function healthy(stage: keyof typeof HEALTHY, changes: TeamSketch = {}): TeamProfile {
  const base = HEALTHY[stage];
  return team({
    ...base,
    practices: [...base.practices],
    ...changes,
    roles: { ...base.roles, ...changes.roles },
  });
}

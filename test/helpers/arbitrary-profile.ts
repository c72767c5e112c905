import fc from 'fast-check';
import {
  BUILDS,
  PRACTICE_IDS,
  ROLE_IDS,
  type RoleId,
  STAGE_IDS,
  type TeamProfile,
  teamProfileSchema,
  URGENCIES,
} from '../../src/advisor/index.js';

/** Counts that mix empty seats, small teams and the 500-person maximum. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 500 }));

/** Any profile the schema accepts, from empty teams to 500 people in every seat; some roles left out. */
export const arbitraryProfile: fc.Arbitrary<TeamProfile> = fc
  .record({
    name: fc.option(
      fc.string({ maxLength: 80 }).filter((name) => !/\p{Cc}/u.test(name)),
      { nil: undefined },
    ),
    stage: fc.constantFrom(...STAGE_IDS),
    builds: fc.constantFrom(...BUILDS),
    roles: fc.dictionary<RoleId, { inHouse: number; augmented: number }>(
      fc.constantFrom(...ROLE_IDS),
      fc.record({ inHouse: count, augmented: count }),
    ),
    headingToNext: fc.boolean(),
    practices: fc.subarray([...PRACTICE_IDS]),
    urgency: fc.constantFrom(...URGENCIES),
  })
  .map((input) => teamProfileSchema.parse(input));

/** How likely each seat is to be someone's job on a team at each stage: AI engineers everywhere, MLOps later. */
const SEAT_WEIGHTS: Record<(typeof STAGE_IDS)[number], Record<RoleId, number>> = {
  pilot: {
    ai_engineer: 8,
    backend: 4,
    ai_pm: 4,
    data_engineer: 2,
    mlops: 1,
    eval_specialist: 1,
    ml_engineer: 2,
    data_scientist: 1,
    frontend_design: 2,
    security: 1,
  },
  production: {
    ai_engineer: 6,
    backend: 4,
    ai_pm: 2,
    data_engineer: 3,
    mlops: 2,
    eval_specialist: 2,
    ml_engineer: 2,
    data_scientist: 2,
    frontend_design: 3,
    security: 2,
  },
  scale: {
    ai_engineer: 8,
    backend: 6,
    ai_pm: 3,
    data_engineer: 4,
    mlops: 4,
    eval_specialist: 2,
    ml_engineer: 4,
    data_scientist: 3,
    frontend_design: 4,
    security: 2,
  },
};

/** Team sizes from well below to well above each stage's band (pilot 2 to 5, production 6 to 12, scale 12 to 30+). */
const SIZES = { pilot: [0, 8], production: [2, 16], scale: [6, 40] } as const;

/**
 * Teams someone might describe: every stage, build and urgency, a size around the stage's band (sometimes off
 * it), people spread over the seats a team at that stage tends to fill, some augmented. For measures of the
 * answer as people read it (its length), where 500 people in every seat would only measure a team nobody has.
 */
export const realisticProfile: fc.Arbitrary<TeamProfile> = fc
  .constantFrom(...STAGE_IDS)
  .chain((stage) => {
    const weights = SEAT_WEIGHTS[stage];
    const seat = fc.oneof(
      ...ROLE_IDS.map((role) => ({ weight: weights[role], arbitrary: fc.constant(role) })),
    );
    const [min, max] = SIZES[stage];
    return fc.record({
      name: fc.option(
        fc.constantFrom('Support copilot', 'Claims triage', 'Search', 'Fraud models', 'HR assistant'),
        {
          nil: undefined,
        },
      ),
      stage: fc.constant(stage),
      builds: fc.constantFrom(...BUILDS),
      people: fc.array(fc.record({ role: seat, augmented: fc.boolean() }), {
        minLength: min,
        maxLength: max,
      }),
      augmentedShare: fc.constantFrom(0, 0, 0.3, 1),
      headingToNext: fc.boolean(),
      practices: fc.subarray([...PRACTICE_IDS]),
      urgency: fc.constantFrom(...URGENCIES),
    });
  })
  .map(({ people, augmentedShare, ...input }) => {
    const roles: Partial<Record<RoleId, { inHouse: number; augmented: number }>> = {};
    people.forEach((person, index) => {
      const seat = roles[person.role] ?? { inHouse: 0, augmented: 0 };
      roles[person.role] = seat;
      // A share of the team is augmented: none, some, or (an all-contractor team) everyone.
      const augmented = augmentedShare === 1 || (person.augmented && index % 10 < augmentedShare * 10);
      if (augmented) seat.augmented += 1;
      else seat.inHouse += 1;
    });
    return teamProfileSchema.parse({ ...input, roles });
  });

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

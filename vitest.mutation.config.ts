import { defineConfig } from 'vitest/config';

/** The in-process suites that reach the code Stryker mutates (stryker.config.mjs). */
const MUTATION_TESTS = [
  'test/advisor/**/*.test.ts',
  'test/render/**/*.test.ts',
  'test/reminders/rule.test.ts',
  'test/reminders/scheduler.test.ts',
  'test/reminders/delivery-faults.test.ts',
  'test/reminders/scheduler-retries.test.ts',
  'test/reminders/scheduler-polling.test.ts',
  'test/config.test.ts',
  'test/slack/escape.test.ts',
  'test/slack/block-builders.test.ts',
  'test/slack/block-measures.test.ts',
  'test/slack/block-limits.test.ts',
  'test/slack/plan-limits.test.ts',
  'test/slack/plan-team-limit.test.ts',
  'test/slack/validation-and-escaping.test.ts',
];

/**
 * The tests Stryker runs against each mutant. Suites that start dist/ as a process are left out: Stryker
 * mutates src/ in a copy, and a built bundle would not carry the mutant. `MUTATION_TESTS` (comma-separated
 * globs) narrows them for a run on a few files: a mutant in module-level code (a schema, a table of limits)
 * runs every test included, since no test can be said to cover it alone.
 */
export default defineConfig({
  test: {
    include: process.env.MUTATION_TESTS?.split(',') ?? MUTATION_TESTS,
    testTimeout: 20_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): the in-process suites that reach the code it
 * mutates. Suites that start dist/ as a process are left out: Stryker mutates src/ in a copy, and a built
 * bundle would not carry the mutant.
 */
export default defineConfig({
  test: {
    include: [
      'test/advisor/**/*.test.ts',
      'test/render/**/*.test.ts',
      'test/reminders/rule.test.ts',
      'test/reminders/scheduler.test.ts',
      'test/reminders/delivery-faults.test.ts',
      'test/config.test.ts',
      'test/slack/escape.test.ts',
      'test/slack/block-limits.test.ts',
      'test/slack/plan-limits.test.ts',
      'test/slack/plan-team-limit.test.ts',
      'test/slack/validation-and-escaping.test.ts',
    ],
    testTimeout: 20_000,
  },
});

// Mutation testing (`npm run mutation`): StrykerJS puts small bugs into the code and runs the tests that cover
// each one; a mutant no test notices is a bug the suite would let through. docs/development.md lists the
// scores and the survivors left, with why each is left.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The pure core, and the edges where a small slip costs most: escaping and Slack's limits, the reminder
  // scheduler's claim and lease, and configuration checks.
  mutate: [
    'src/advisor/**/*.ts',
    'src/render/**/*.ts',
    '!src/render/plan-picture/render-png.ts',
    'src/reminders/rule.ts',
    'src/slack/blocks/escape.ts',
    'src/slack/blocks/limits.ts',
    'src/slack/blocks/text.ts',
    'src/reminders/scheduler.ts',
    'src/reminders/sql-reminder-store.ts',
    'src/config/env.ts',
  ],
  // Only mutants whose code or covering tests changed since the last run are run again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  coverageAnalysis: 'perTest',
  // Two cores shared with other work: one test process at a time unless told otherwise (--concurrency).
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  // Stryker 9 reads tsconfig.json with the classic TypeScript API only to rewrite paths that point outside the
  // sandbox; this project's has none, and TypeScript 7 (the native compiler) no longer ships that API. A
  // tsconfig file that does not exist makes Stryker skip the rewrite.
  tsconfigFile: 'tsconfig.stryker-skips-rewrite.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

/**
 * How long the advice reads: words in the CLI's text answer for every team profile in the test fixtures and
 * for 1,000 random profiles (a fixed seed, so runs compare). Prints median, 90th percentile and longest, which
 * the README quotes and test/advisor/advice-length.test.ts holds to their limits. `npm run advice-length`
 * (add `--each` to list every fixture).
 */
import { adviceLengths, LENGTH_LIMITS } from '../test/helpers/advice-length.js';

const { fixtures, random, extreme, all } = adviceLengths();
const line = (label: string, figures: { median: number; p90: number; max: number; count: number }) =>
  `  ${label.padEnd(22)} ${String(figures.count).padStart(5)} answers: median ${figures.median}, p90 ${figures.p90}, longest ${figures.max}`;
console.log('Words in the text answer (dashes and table rules not counted):');
console.log(line('team-profile fixtures', fixtures.figures));
console.log(line('random profiles', random.figures));
console.log(line('extreme profiles', extreme.figures));
console.log(line('all', all.figures));
console.log(
  `  limits: median ${LENGTH_LIMITS.median}, p90 ${LENGTH_LIMITS.p90}, longest ${LENGTH_LIMITS.max}`,
);
if (process.argv.includes('--each')) {
  for (const c of [...fixtures.each].sort((a, b) => a.words - b.words)) {
    console.log(`  ${String(c.words).padStart(4)}  ${c.name}`);
  }
}

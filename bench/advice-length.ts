/**
 * How long the advice reads: words in the CLI's text answer for every team profile in the test fixtures.
 * Prints the distribution that the README quotes. Run with `npm run advice-length`.
 */
import { assess } from '../src/advisor/index.js';
import { assessmentDocument } from '../src/render/assessment-document.js';
import { toText } from '../src/render/to-text.js';
import { TEAM_PROFILES } from '../test/advisor/team-profiles.fixtures.js';
import { team } from '../test/helpers/teams.js';
import { wordCount } from '../test/helpers/words.js';

const counts = TEAM_PROFILES.map((teamCase) => ({
  name: teamCase.name,
  words: wordCount(toText(assessmentDocument(assess(team(teamCase.profile))))),
})).sort((a, b) => a.words - b.words);

const at = (q: number) => counts[Math.min(counts.length - 1, Math.floor(q * counts.length))]?.words ?? 0;
console.log(`${counts.length} team profiles, words in the text answer (dashes and table rules not counted):`);
console.log(`  min ${at(0)}, median ${at(0.5)}, p90 ${at(0.9)}, max ${counts.at(-1)?.words ?? 0}`);
console.log(
  `  reading time at 250 words a minute: median ${(at(0.5) / 250).toFixed(1)} min, max ${((counts.at(-1)?.words ?? 0) / 250).toFixed(1)} min`,
);
if (process.argv.includes('--each'))
  for (const c of counts) console.log(`  ${String(c.words).padStart(4)}  ${c.name}`);

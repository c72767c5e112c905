import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type CompanyPlan, planHiring } from '../../src/advisor/index.js';
import { readPlanTeams } from '../../src/cli/plan-teams.js';

/** The day the blind reviews' companies are planned as of, so their plans never age. */
const AS_OF = new Date('2026-12-07T00:00:00Z');

/**
 * A company of a blind review of the hiring plan (test/fixtures/plan-review-N/<company>), planned as the
 * CLI plans it: its team files read in name order, or in reverse.
 */
export async function reviewCompanyPlan(
  round: string,
  company: string,
  reverse = false,
): Promise<CompanyPlan> {
  const folder = join(import.meta.dirname, '..', 'fixtures', round, company);
  const files = (await readdir(folder))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => join(folder, file));
  if (reverse) files.reverse();
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
  const read = await readPlanTeams(files, io, AS_OF);
  if (read.problems.length > 0) throw new Error(read.problems.join('\n'));
  return planHiring(read.teams, AS_OF);
}

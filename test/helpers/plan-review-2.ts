import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type CompanyPlan, planHiring } from '../../src/advisor/index.js';
import { readPlanTeams } from '../../src/cli/plan-teams.js';

/**
 * The three companies of the second blind review of the hiring plan (test/fixtures/plan-review-2), planned
 * as the CLI plans them, as of a fixed day.
 */
const AS_OF = new Date('2026-12-07T00:00:00Z');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'plan-review-2');
export const COMPANIES = ['northbridge-bank', 'harbor-pine-retail', 'lumen-scaleup'] as const;
export type Company = (typeof COMPANIES)[number];

/** The company's plan, its team files read in name order, or in reverse. */
export async function companyPlan(company: Company, reverse = false): Promise<CompanyPlan> {
  const folder = join(FIXTURES, company);
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

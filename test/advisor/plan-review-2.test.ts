import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CompanyPlan,
  planHiring,
  type TeamOnRecord,
  type TeamProfile,
} from '../../src/advisor/index.js';
import { planCsvFiles } from '../../src/render/plan-csv.js';
import { planSvg } from '../../src/render/plan-picture/index.js';
import { arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { COMPANIES, companyPlan } from '../helpers/plan-review-2.js';

const NOW = new Date('2026-12-07T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const nameOf = (plan: CompanyPlan) => (id: string) => plan.teams.find((team) => team.id === id)?.name ?? id;

/** The teams CSV's rows, as objects by header (no quoted line breaks in these files). */
function csvRows(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((match) => (match[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'));
  const names = split(header);
  return lines.map((line) => Object.fromEntries(split(line).map((cell, index) => [names[index], cell])));
}

/** The four people counts as the teams CSV adds them up, the picture's legend says them, and the totals say. */
function threeWays(plan: CompanyPlan) {
  const [teams] = planCsvFiles(plan, nameOf(plan));
  const rows = csvRows(teams?.content ?? '');
  const sum = (column: string) => rows.reduce((total, row) => total + Number(row[column] ?? 0), 0);
  const { svg } = planSvg(plan, (team) => team.name ?? team.id);
  const legend = (kind: string, attribute: string) =>
    Number(
      new RegExp(`class="people" data-kind="${kind}"[^>]*data-${attribute}="(\\d+)"`).exec(svg)?.[1] ?? 0,
    );
  return {
    csv: {
      newPeople: sum('hires') + sum('contractors'),
      hires: sum('hires'),
      contractors: sum('contractors'),
      upskilled: sum('upskilled'),
      conversions: sum('conversions'),
      headcountAfter: sum('headcount_after'),
    },
    text: {
      newPeople: plan.totals.newPeople,
      hires: plan.totals.hires,
      contractors: plan.totals.contractors,
      upskilled: plan.totals.toUpskill,
      conversions: plan.totals.toConvert,
      headcountAfter: plan.totals.headcountAfter,
    },
    picture: {
      newPeople: legend('new', 'count'),
      hires: legend('new', 'hires'),
      contractors: legend('new', 'contractors'),
      upskilled: legend('upskilled', 'count'),
      conversions: legend('conversions', 'count'),
      headcountAfter: plan.totals.headcountAfter,
    },
  };
}

describe('plan review 2: the teams CSV and the picture add up to the text (findings 1-4)', () => {
  it.each(COMPANIES)('%s: csv rows, text totals and picture legend agree', async (company) => {
    const { csv, text, picture } = threeWays(await companyPlan(company));
    expect(csv).toEqual(text);
    expect(picture).toEqual(text);
  });

  it('northbridge-bank: the shared platforms’ people are in the row of the team that runs them', async () => {
    const plan = await companyPlan('northbridge-bank');
    const [teams] = planCsvFiles(plan, nameOf(plan));
    const runner = csvRows(teams?.content ?? '').find((row) => row.team === 'Credit Risk Scoring Models');
    // Its own AI engineer hire, plus the MLOps platform's bridge contractor it runs.
    expect(Number(runner?.contractors)).toBeGreaterThan(0);
    expect(Number(runner?.conversions)).toBeGreaterThan(0);
  });

  it('over random companies: sums over the csv rows == text totals == picture legend', () => {
    const companies = fc.array(
      fc.record({ profile: arbitraryProfile, daysAgo: fc.integer({ min: 0, max: 400 }) }),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(companies, (entries: { profile: TeamProfile; daysAgo: number }[]) => {
        const records: TeamOnRecord[] = entries.map((entry, index) => ({
          id: `t${index}`,
          profile: entry.profile,
          channelId: null,
          source: `t${index}.yaml`,
          assessedAt: new Date(NOW.getTime() - entry.daysAgo * DAY),
        }));
        const { csv, text, picture } = threeWays(planHiring(records, NOW));
        expect(csv).toEqual(text);
        expect(picture).toEqual(text);
      }),
      { numRuns: 60 },
    );
  });
});

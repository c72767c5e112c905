import { describe, expect, it } from 'vitest';
import { planHiring, type TeamOnRecord, type TeamProfile } from '../../src/advisor/index.js';
import { planCsvFiles } from '../../src/render/plan-csv.js';
import { healthy, team } from '../helpers/teams.js';

const NOW = new Date('2026-12-01T12:00:00Z');

function record(id: string, profile: TeamProfile): TeamOnRecord {
  return { id, profile, channelId: `C${id}`, source: null, assessedAt: NOW };
}

/** Rows of a CSV without quoted line breaks, as objects by header. */
function rows(csv: string): Record<string, string>[] {
  const [header = '', ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const split = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((match) => (match[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"'));
  const names = split(header);
  for (const line of lines) expect(split(line)).toHaveLength(names.length);
  return lines.map((line) => Object.fromEntries(split(line).map((cell, index) => [names[index], cell])));
}

describe('the plan as CSV', () => {
  const plan = planHiring(
    [
      record('a', healthy('production', { name: 'Payments', roles: { mlops: 0, ai_pm: 0 } })),
      record('b', healthy('production', { name: '=HYPERLINK("x")', roles: { mlops: 0 } })),
      record('c', team({ name: 'Chat', stage: 'pilot', roles: { backend: 1 } })),
    ],
    NOW,
  );
  const [teams, seats] = planCsvFiles(plan, (id) => plan.teams.find((line) => line.id === id)?.name ?? id);

  it("adds up: the teams' rows (a shared seat's people in its runner's row, or its own) are the steps file's people, and each seat has its state", () => {
    const teamRows = rows(teams?.content ?? '');
    const seatRows = rows(seats?.content ?? '');
    // The three teams, then the new shared MLOps platform no team runs.
    expect(teamRows).toHaveLength(4);
    expect(teamRows[3]).toMatchObject({ team: 'Shared MLOps / LLMOps platform (new)', headcount_after: '2' });
    const sum = (list: Record<string, string>[], column: string) =>
      list.reduce((total, row) => total + Number(row[column]), 0);
    for (const column of ['hires', 'contractors', 'upskilled', 'conversions']) {
      expect(sum(teamRows, column)).toBe(sum(seatRows, column));
    }
    expect(teamRows[3]).toMatchObject({ contractors: '2', conversions: '2' });
    expect(sum(seatRows, 'hires') + sum(seatRows, 'contractors')).toBe(plan.totals.newPeople);
    expect(sum(teamRows, 'people_from_shared_seats')).toBe(2);
    expect(seatRows.find((row) => row.role === 'mlops')).toMatchObject({
      contractors: '2',
      shared: 'platform',
    });
    expect(sum(teamRows, 'headcount_after')).toBe(plan.totals.headcountAfter);
    plan.teams.forEach((line, index) => {
      expect(plan.roles.map((role) => teamRows[index]?.[`seat_${role.id}`])).toEqual(line.cells);
    });
  });

  it('keeps a team name a spreadsheet would run as a formula as text', () => {
    expect(teams?.content).toContain(`"'=HYPERLINK(""x"")"`);
    expect(teams?.content).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

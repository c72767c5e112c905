import { mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { planHiring, type TeamProfileInput, teamProfileSchema } from '../../src/advisor/index.js';
import { teamNamer } from '../../src/cli/commands/plan.js';
import { planCsvFiles } from '../../src/render/plan-csv.js';
import { type ProcessResult, runCliProcess, STACK_FRAME } from '../helpers/run-process.js';
import { HEALTHY } from '../helpers/teams.js';

const AS_OF = '2026-12-01T00:00:00.000Z';

function roles(counts: Record<string, number>): TeamProfileInput['roles'] {
  return Object.fromEntries(Object.entries(counts).map(([role, inHouse]) => [role, { inHouse }]));
}

/** Two production teams without MLOps, and a pilot assessed long ago. */
const PROFILES: TeamProfileInput[] = [
  {
    ...HEALTHY.production,
    practices: [...HEALTHY.production.practices],
    name: 'Payments',
    builds: 'foundation_apis',
    urgency: 'weeks',
    roles: roles({ ...HEALTHY.production.roles, mlops: 0 }),
  },
  {
    ...HEALTHY.production,
    practices: [...HEALTHY.production.practices],
    name: 'Search',
    builds: 'foundation_apis',
    urgency: 'this_quarter',
    roles: roles({ ...HEALTHY.production.roles, mlops: 0 }),
  },
  {
    stage: 'pilot',
    builds: 'foundation_apis',
    urgency: 'no_rush',
    roles: roles({ backend: 1 }),
  },
];

// Several CLI processes per test, on a machine that may be busy: allow them more than the default.
vi.setConfig({ testTimeout: 60_000 });

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ai-team-advisor-plan-'));
  await mkdir(join(scratch, 'teams'));
  await writeFile(join(scratch, 'teams', 'payments.json'), JSON.stringify(PROFILES[0]));
  await writeFile(join(scratch, 'teams', 'search.yaml'), `name: Search\n${toYaml(PROFILES[1])}`);
  await writeFile(join(scratch, 'teams', 'unnamed.json'), JSON.stringify(PROFILES[2]));
  await writeFile(join(scratch, 'teams', 'notes.txt'), 'not a profile');
  await writeFile(
    join(scratch, 'list.json'),
    JSON.stringify([PROFILES[0], PROFILES[1], { profile: PROFILES[2], assessedAt: '2026-07-01' }]),
  );
});

/** YAML is a superset of JSON: a profile written as JSON lines is valid YAML. */
function toYaml(profile: TeamProfileInput | undefined): string {
  const { name: _name, ...rest } = profile ?? {};
  return Object.entries(rest)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

/** The plan the advisor makes for list.json's teams, read as the CLI reads them. */
function listPlan() {
  return planHiring(
    PROFILES.map((profile, index) => ({
      id: `${join(scratch, 'list.json')}#${index}`,
      profile: teamProfileSchema.parse(profile),
      channelId: null,
      source: `list.json [${index + 1}]`,
      assessedAt: new Date(index === 2 ? '2026-07-01' : AS_OF),
    })),
    new Date(AS_OF),
  );
}

function expectUsageError(result: ProcessResult, fragment: string | RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).toMatch(fragment);
}

describe('ai-team-advisor plan', () => {
  it('plans across a folder of JSON and YAML profiles, skipping other files', async () => {
    const result = await runCliProcess(['plan', join(scratch, 'teams'), '--as-of', AS_OF]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Hiring plan across 3 teams');
    expect(result.stdout).toContain('One shared MLOps / LLMOps platform for 2 teams');
    expect(result.stdout).toContain('- Payments: Production, headcount 9 (band 6 to 12)');
    // The unnamed team is named by its file.
    expect(result.stdout).toContain('- unnamed team in unnamed.json: Pilot');
  });

  it('prints as JSON exactly the plan the advisor makes for the same profiles', async () => {
    const result = await runCliProcess([
      'plan',
      join(scratch, 'list.json'),
      '--format',
      'json',
      '--as-of',
      AS_OF,
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    const expected = listPlan();
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.teams.find((team: { name: string | null }) => team.name === null)).toMatchObject({
      stale: true,
      ageDays: 153,
    });
  });

  it('reads a list on standard input and prints Markdown', async () => {
    const result = await runCliProcess(['plan', '-', '--format', 'markdown', '--as-of', AS_OF], {
      input: JSON.stringify(PROFILES.slice(0, 2)),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Hiring plan across 2 teams$/m);
    expect(result.stdout).toMatch(/^## Shared seats, in detail$/m);
  });

  it('draws the picture as a PNG, to a file or to standard output', async () => {
    const path = join(scratch, 'plan.png');
    const toFile = await runCliProcess(['plan', join(scratch, 'teams'), '--format', 'png', '--output', path]);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    const png = await readFile(path);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const piped = await runCliProcess(['plan', join(scratch, 'teams'), '--format', 'PNG']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('\uFFFDPNG')).toBe(true);
  });

  it('names the file, the entry and the field of an invalid profile', async () => {
    const path = join(scratch, 'bad.json');
    await writeFile(path, JSON.stringify([PROFILES[0], { ...PROFILES[1], stage: 'launch' }]));
    expectUsageError(
      await runCliProcess(['plan', path]),
      `${path} [2] line 1, stage: must be one of: pilot, production, scale`,
    );
  });

  it('refuses no paths, an empty folder, an unreadable path, a bad date and an unknown wrapper field', async () => {
    expectUsageError(await runCliProcess(['plan']), 'plan needs teams');
    await mkdir(join(scratch, 'empty'), { recursive: true });
    expectUsageError(
      await runCliProcess(['plan', join(scratch, 'empty')]),
      'holds no .json, .yaml or .yml profile',
    );
    expectUsageError(
      await runCliProcess(['plan', join(scratch, 'missing.json')]),
      /cannot read .*missing\.json/,
    );
    expectUsageError(
      await runCliProcess(['plan', join(scratch, 'teams'), '--as-of', 'soon']),
      '--as-of must be a date',
    );
    const path = join(scratch, 'wrapped.json');
    await writeFile(path, JSON.stringify([{ profile: PROFILES[0], channel: 'C1' }]));
    expectUsageError(
      await runCliProcess(['plan', path]),
      `${path} [1] line 1: channel is not a known field beside "profile" (only "assessedAt")`,
    );
  });

  it('writes the same CSV files the Slack export sends, to a folder or one on standard output', async () => {
    const folder = join(scratch, 'csv-out');
    const args = ['plan', join(scratch, 'list.json'), '--as-of', AS_OF];
    const written = await runCliProcess([...args, '--format', 'csv', '--output', folder]);
    expect(written.code).toBe(0);
    const plan = listPlan();
    const expected = planCsvFiles(plan, teamNamer(plan));
    expect((await readdir(folder)).sort()).toEqual(expected.map((file) => file.filename).sort());
    for (const file of expected) {
      expect(await readFile(join(folder, file.filename), 'utf8')).toBe(file.content);
      // A UTF-8 byte order mark first, so Excel opens names in any script as UTF-8.
      expect([...(await readFile(join(folder, file.filename))).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    const seats = await runCliProcess([...args, '--csv-file', 'seats']);
    expect(seats.code).toBe(0);
    expect(seats.stdout).toBe(expected.find((file) => file.filename === 'hiring-plan-seats.csv')?.content);
    expectUsageError(await runCliProcess([...args, '--format', 'csv']), '--output FOLDER');
    expectUsageError(
      await runCliProcess([...args, '--csv-file', 'team']),
      '--csv-file: "team" is not one of: teams, seats; did you mean teams?',
    );
  });

  it('counts a team given twice once, by name in any case or by the same content, and says so', async () => {
    const folder = join(scratch, 'twice');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'a.json'),
      JSON.stringify({ profile: PROFILES[0], assessedAt: '2026-10-01' }),
    );
    await writeFile(
      join(folder, 'b.json'),
      JSON.stringify({ profile: { ...PROFILES[0], name: 'PAYMENTS' }, assessedAt: '2026-11-01' }),
    );
    await writeFile(
      join(folder, 'c.json'),
      JSON.stringify({ profile: PROFILES[2], assessedAt: '2026-11-01' }),
    );
    await writeFile(
      join(folder, 'd.json'),
      JSON.stringify({ profile: PROFILES[2], assessedAt: '2026-11-01' }),
    );
    const result = await runCliProcess(['plan', folder, '--as-of', AS_OF, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning: "PAYMENTS" is given 2 times (a.json, b.json); counted once, from b.json (the latest assessment).',
    );
    expect(result.stderr).toContain(
      'warning: the same unnamed team is given 2 times (c.json, d.json); counted once, from c.json (the first given).',
    );
    const plan = JSON.parse(result.stdout);
    expect(plan.teams.map((team: { source: string }) => team.source).sort()).toEqual(['b.json', 'c.json']);
  });

  it('names every bad file with its line, JSON and YAML alike, and plans from the rest with --skip-invalid', async () => {
    const folder = join(scratch, 'some-bad');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'good.json'), JSON.stringify(PROFILES[0]));
    await writeFile(join(folder, 'comma.json'), '{\n  "stage": "pilot"\n  "builds": "both"\n}\n');
    await writeFile(join(folder, 'indent.yaml'), 'stage: pilot\n  builds: both\n');
    await writeFile(
      join(folder, 'typo.yaml'),
      'stage: pilot\nbuilds: both\nurgency: weeks\nroles:\n  ai_engneer: { inHouse: 1 }\n',
    );
    await writeFile(
      join(folder, 'wizard.yaml'),
      'stage: pilot\nbuilds: both\nurgency: weeks\nroles:\n  ai_engineer: { inHouse: 1 }\n  wizard: { inHouse: 1 }\n',
    );
    const refused = await runCliProcess(['plan', folder, '--as-of', AS_OF]);
    expectUsageError(refused, '--skip-invalid plans from the other 1 team');
    for (const problem of [
      `${join(folder, 'comma.json')} line 3: not valid JSON: `,
      `${join(folder, 'indent.yaml')} line 1: not valid YAML: `,
      `${join(folder, 'typo.yaml')} line 5, roles.ai_engneer: is not a known field: did you mean ai_engineer?`,
      // A role nothing like a real one: the valid roles, listed.
      `${join(folder, 'wizard.yaml')} line 6, roles.wizard: is not a known field (known here: ai_engineer, backend, ai_pm, data_engineer, mlops, eval_specialist, ml_engineer, data_scientist, frontend_design, security)`,
    ]) {
      expect(refused.stderr).toContain(problem);
    }
    expect(refused.stderr).not.toMatch(/position \d/);

    const skipped = await runCliProcess(['plan', folder, '--as-of', AS_OF, '--skip-invalid']);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('Hiring plan across 1 team');
    expect(skipped.stderr).toContain(
      `warning: could not read ${join(folder, 'comma.json')}, ${join(folder, 'indent.yaml')}, ${join(folder, 'typo.yaml')} and ${join(folder, 'wizard.yaml')}, so the plan leaves them out:`,
    );
    expect(skipped.stderr).toContain(`${join(folder, 'typo.yaml')} line 5, roles.ai_engneer`);
  });

  it("dates each team from its file (assessedAt, else the file's last change), not today", async () => {
    const folder = join(scratch, 'dated');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'said.yaml'),
      `assessedAt: 2026-11-21\n${toYaml(PROFILES[1])}\nname: Search`,
    );
    const changed = join(folder, 'changed.json');
    await writeFile(changed, JSON.stringify(PROFILES[0]));
    await utimes(changed, new Date('2026-11-11T12:00:00Z'), new Date('2026-11-11T12:00:00Z'));
    const result = await runCliProcess(['plan', folder, '--as-of', AS_OF, '--format', 'json']);
    expect(result.code).toBe(0);
    const ages = Object.fromEntries(
      JSON.parse(result.stdout).teams.map((team: { name: string; ageDays: number }) => [
        team.name,
        team.ageDays,
      ]),
    );
    expect(ages).toEqual({ Search: 10, Payments: 19 });
  });
});

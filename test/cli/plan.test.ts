import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planHiring, type TeamProfileInput, teamProfileSchema } from '../../src/advisor/index.js';
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
    const expected = planHiring(
      PROFILES.map((profile, index) => ({
        id: `${join(scratch, 'list.json')}#${index}`,
        profile: teamProfileSchema.parse(profile),
        channelId: null,
        source: `list.json [${index + 1}]`,
        assessedAt: new Date(index === 2 ? '2026-07-01' : AS_OF),
      })),
      new Date(AS_OF),
    );
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
    expectUsageError(await runCliProcess(['plan', path]), /bad\.json \[2\], stage: /);
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
    expectUsageError(await runCliProcess(['plan', path]), 'unknown field "channel" beside "profile"');
  });
});

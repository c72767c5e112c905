import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDefaultPlaybook, ROLE_IDS } from '../../src/advisor/index.js';
import { AI_VS_ML_ENGINEER } from '../../src/content/roles.js';
import { gridMessage, rolesMessage } from '../../src/slack/blocks/command-replies.js';
import { markdownTableRows, PLAYBOOK_TABLE_ONE_NAME } from '../helpers/markdown-table.js';
import { PROJECT_ROOT, type ProcessResult, runCliProcess, STACK_FRAME } from '../helpers/run-process.js';

// Several CLI processes per test, on a machine that may be busy: allow them more than the default.
vi.setConfig({ testTimeout: 60_000 });

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'ai-team-advisor-cli-'));
});

function expectUsageError(result: ProcessResult, ...fragments: (string | RegExp)[]) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  for (const fragment of fragments) expect(result.stderr).toMatch(fragment);
}

/** A 15-person pilot with an evaluation set but nobody owning eval quality, and no product manager. */
const FIFTEEN_PERSON_PILOT = [
  '--stage=pilot',
  '--builds=foundation_apis',
  '--urgency=this_quarter',
  '--role=ai_engineer=4',
  '--role=backend=6',
  '--role=frontend_design=3',
  '--role=data_scientist=2',
  '--practice=eval_set',
  '--name=Search',
];

describe('ai-team-advisor grid', () => {
  it('prints the playbook grid as a Markdown table identical to the playbook, cell by cell', async () => {
    const result = await runCliProcess(['grid', '--format', 'markdown']);
    expect(result.code).toBe(0);
    // Each role goes by its one name, the advice's ("AI product manager", not "Product manager (AI)").
    expect(markdownTableRows(result.stdout)).toEqual(PLAYBOOK_TABLE_ONE_NAME);
    expect(result.stdout).toContain('| AI product manager ');
  });

  it('prints roles as rows and stages as columns in text, with the bands', async () => {
    const result = await runCliProcess(['grid']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.find((line) => line.startsWith('Role'))).toMatch(/^Role\s+Pilot\s+Production\s+Scale$/);
    expect(lines.find((line) => line.startsWith('MLOps / LLMOps engineer'))).toMatch(
      /^MLOps \/ LLMOps engineer\s+Wait\s+Core, do not delay\s+Core, platform$/,
    );
    expect(lines.find((line) => line.startsWith('Typical headcount'))).toMatch(
      /^Typical headcount\s+2 to 5\s+6 to 12\s+12 to 30\+$/,
    );
  });

  it('shows one stage with what each level means', async () => {
    const result = await runCliProcess(['grid', 'production']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Role\s+Production$/m);
    expect(result.stdout).toMatch(/^- Core, do not delay: /m);
    expect(result.stdout).not.toMatch(/Pilot\s+Production/);
  });

  it('prints JSON with every role and its seat at each stage', async () => {
    const result = await runCliProcess(['grid', '--format=json']);
    const data = JSON.parse(result.stdout);
    expect(data.roles.map((role: { id: string }) => role.id)).toEqual([...ROLE_IDS]);
    expect(data.roles[4].seats.production).toEqual({
      level: 'core_do_not_delay',
      label: 'Core, do not delay',
    });
    expect(data.stages.map((stage: { headcount: { label: string } }) => stage.headcount.label)).toEqual([
      '2 to 5',
      '6 to 12',
      '12 to 30+',
    ]);
  });

  it('rejects an unknown stage, naming the allowed values', async () => {
    expectUsageError(
      await runCliProcess(['grid', 'beta']),
      'the stage: "beta" is not one of: pilot, production, scale.',
    );
  });
});

describe('ai-team-advisor advise', () => {
  it('prints the stall points and suggestions for a 15-person pilot with no eval owner', async () => {
    const result = await runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // Prose is wrapped at 100 columns: read each wrapped sentence back as one line.
    const out = result.stdout.replace(/\n {2}(?!Fix: |Source: )(?=\S)/g, ' ');
    expect(out).toContain('AI team assessment: Search');
    expect(out).toContain('Pilot: 15 people, past the pilot band of 2 to 5.');
    // Nothing but its size says it is a bigger stage's team: an oversized pilot, with no stage hint.
    expect(out).not.toContain('These answers look more like');
    expect(out).toMatch(/- High: No AI product owner\. Nobody chooses the problems/);
    // The data scientists wait at a pilot: their work moves out, and no data engineer is added for them.
    expect(out).toMatch(
      /- Medium: Data scientists with no data engineer\.\n {2}Fix: The pilot stage has no seat/,
    );
    expect(out).toMatch(/- Medium: Nobody owns eval quality\.\n {2}Fix: Name one of the AI engineers/);
    expect(out).toContain(
      'Fix: If the team already serves users, assess it as a production team; if not, move out the 2 data scientists (ahead of the pilot stage), trim 3 of the 6 backend engineers and 1 of the 4 AI engineers (more than the stage needs), and share 2 of the 3 frontend / design people with other teams; that still leaves 7, past the band.',
    );
    expect(out).toContain('- AI product manager: hire 1 full-time, now.');
    expect(out).not.toMatch(/^- Data engineer:/m);
    // The AI-skills figure backs augmenting AI seats, not a product manager.
    expect(out).not.toContain('(IDC, 2024)');
    // The first missing is what already stalls the team (no product owner), not the next seat in the list.
    expect(out).toMatch(/Toward Production: 8 seats or practices missing, first\s+AI product manager\./);
  });

  it('prints the same assessment as JSON', async () => {
    const result = await runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT, '--format', 'json']);
    const assessment = JSON.parse(result.stdout);
    expect(assessment.stallPoints.map((point: { id: string }) => point.id)).toEqual([
      'no_product_owner',
      // 15 people is three times a pilot's top ("2 to 5 people, not 15"): high, ahead of the medium ones.
      'headcount_outside_band',
      'data_scientists_without_data_engineering',
      'no_eval_owner',
    ]);
    expect(assessment.headcount.total).toBe(15);
    expect(assessment.grid).toHaveLength(10);
  });

  it('runs advise when given flags and no command (npm run advise -- --stage ...)', async () => {
    const result = await runCliProcess([...FIFTEEN_PERSON_PILOT, '--format=json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).profile.name).toBe('Search');
  });

  it('escapes Markdown in user text', async () => {
    const result = await runCliProcess([
      'advise',
      ...FIFTEEN_PERSON_PILOT,
      '--name',
      '[click](https://x.test) *now*',
      '--format',
      'markdown',
    ]);
    expect(result.stdout).toContain('# AI team assessment: \\[click\\](https://x.test) \\*now\\*');
  });

  it('reads a profile from a JSON file, and flags override it', async () => {
    const file = join(scratch, 'team.json');
    await writeFile(
      file,
      JSON.stringify({
        stage: 'production',
        builds: 'both',
        urgency: 'no_rush',
        roles: { ai_engineer: { inHouse: 2 }, mlops: { augmented: 1 } },
        practices: ['eval_set', 'eval_owner'],
      }),
    );
    const fromFile = JSON.parse((await runCliProcess(['advise', '--profile', file, '--format=json'])).stdout);
    expect(fromFile.profile).toMatchObject({ stage: 'production', builds: 'both' });
    expect(fromFile.profile.roles.mlops).toEqual({ inHouse: 0, augmented: 1 });

    const overridden = JSON.parse(
      (
        await runCliProcess([
          'advise',
          '--profile',
          file,
          '--stage',
          'scale',
          '--role',
          'mlops=2',
          '--format=json',
        ])
      ).stdout,
    );
    expect(overridden.profile.stage).toBe('scale');
    expect(overridden.profile.roles.mlops).toEqual({ inHouse: 2, augmented: 1 });
    expect(overridden.profile.roles.ai_engineer).toEqual({ inHouse: 2, augmented: 0 });
  });

  it('reads a profile from standard input with --profile -, and when piped with no profile flags', async () => {
    const input = JSON.stringify({ stage: 'pilot', builds: 'foundation_apis', urgency: 'weeks' });
    for (const args of [
      ['advise', '--profile', '-', '--format=json'],
      ['advise', '--format=json'],
    ]) {
      const result = await runCliProcess(args, { input });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).profile.urgency).toBe('weeks');
    }
    const yaml = await runCliProcess(['advise', '--format=json'], {
      input: 'stage: scale\nbuilds: both\nurgency: Weeks\n',
    });
    expect(JSON.parse(yaml.stdout).profile).toMatchObject({ stage: 'scale', urgency: 'weeks' });

    // Piped in without --profile, a mistake names standard input, not a flag nobody typed.
    const broken = await runCliProcess(['advise'], { input: 'stage: pilot\nroles: [unclosed\n' });
    expectUsageError(
      broken,
      'ai-team-advisor: standard input line 3: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
    );
    expect(broken.stderr).not.toContain('--profile');
  });

  it('names the file, line and field that are wrong in a profile file, not a flag never typed', async () => {
    const file = join(scratch, 'bad-team.json');
    await writeFile(
      file,
      JSON.stringify(
        {
          stage: 'pilot',
          builds: 'both',
          roles: { mlops: { inHouse: -3 } },
          practices: ['eval_set', 'yoga'],
        },
        null,
        2,
      ),
    );
    const result = await runCliProcess(['advise', '--profile', file]);
    expectUsageError(
      result,
      `${file} line 6, roles.mlops.inHouse: must be at least 0`,
      `${file} line 11, practices[1]: must be one of: eval_set, eval_owner, monitoring, governed_data, security_review`,
      `--urgency (or "urgency" in ${file}): is required`,
    );
    expect(result.stderr).not.toContain('--role');
    expect(result.stderr).not.toContain('--practice');
  });

  it('reads a YAML profile, with values in any case, and names its lines', async () => {
    const file = join(scratch, 'team.yaml');
    await writeFile(
      file,
      'stage: Production\nbuilds: BOTH\nurgency: no_rush\nroles:\n  mlops:\n    inHouse: 2\n',
    );
    const result = await runCliProcess(['advise', '--profile', file, '--format=json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).profile).toMatchObject({ stage: 'production', builds: 'both' });

    await writeFile(file, 'stage: pilot\nbuilds: both\nurgency: weeks\nroles:\n  mlops:\n    inHouse: 700\n');
    expectUsageError(
      await runCliProcess(['advise', '--profile', file]),
      `${file} line 6, roles.mlops.inHouse: must be at most 500`,
    );
    await writeFile(file, 'stage: pilot\nroles: [unclosed\n');
    expectUsageError(
      await runCliProcess(['advise', '--profile', file]),
      `ai-team-advisor: ${file} line 3: not valid YAML: Flow sequence`,
    );
  });

  it('suggests the field a typo meant, in line order, and reads yes as YAML people write it', async () => {
    const file = join(scratch, 'typos.yaml');
    await writeFile(
      file,
      'stage: pilot\nurgncy: weeks\nbuilds: both\nheadingToNext: yes\nroles:\n  mlops: 1\n  ai_enginer: { inHouse: 2 }\n',
    );
    const result = await runCliProcess(['advise', '--profile', file]);
    expectUsageError(result);
    expect(result.stderr).toBe(
      [
        'ai-team-advisor: the team profile is invalid:',
        `  ${file} line 2, urgncy: is not a known field: did you mean urgency?`,
        `  ${file} line 6, roles.mlops: must be a set of fields, such as { inHouse: 1 }`,
        `  ${file} line 7, roles.ai_enginer: is not a known field: did you mean ai_engineer?`,
        '',
      ].join('\n'),
    );
    await writeFile(file, 'stage: pilot\nurgency: weeks\nbuilds: both\nheadingToNext: yes\n');
    const fixed = await runCliProcess(['advise', '--profile', file, '--format', 'json']);
    expect(fixed.stderr).toBe('');
    expect(JSON.parse(fixed.stdout).profile.headingToNext).toBe(true);
  });

  it('names the line of a JSON mistake, not its character position', async () => {
    const file = join(scratch, 'comma.json');
    await writeFile(file, '{\n  "stage": "pilot",\n  "builds": "both"\n  "urgency": "weeks"\n}\n');
    const result = await runCliProcess(['advise', '--profile', file]);
    expectUsageError(result, `ai-team-advisor: ${file} line 4: not valid JSON: `);
    expect(result.stderr).not.toMatch(/position/);
  });

  it('says a profile file is missing in words, not an error code', async () => {
    const missing = join(scratch, 'nowhere.json');
    expectUsageError(
      await runCliProcess(['advise', '--profile', missing]),
      `--profile: cannot read ${missing}: there is no such file.`,
    );
  });

  it('reports a profile file that is not JSON', async () => {
    const file = join(scratch, 'not-json.json');
    await writeFile(file, 'stage: pilot');
    expectUsageError(
      await runCliProcess(['advise', '--profile', file]),
      `ai-team-advisor: ${file} line 1: not valid JSON: `,
    );
  });

  it('asks step by step with --interactive, re-asking after a bad answer', async () => {
    const answers = [
      'Checkout', // name
      '1', // stage: pilot
      '9', // builds: out of range, asked again
      '1', // builds: foundation_apis
      '2', // ai_engineer
      '1', // backend
      '1,1', // ai_pm
      '', // data_engineer
      'lots', // mlops: invalid, asked again
      '0', // mlops
      '',
      '',
      '',
      '',
      '', // eval_specialist, ml_engineer, data_scientist, frontend_design, security
      'y', // heading to next
      'y', // eval set
      'n', // eval owner
      'n',
      'n',
      'n',
      '2', // urgency: this quarter
    ].join('\n');
    const result = await runCliProcess(['advise', '--interactive', '--format=json'], {
      input: `${answers}\n`,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Type a number from 1 to 3.');
    expect(result.stderr).toContain('Give one or two whole numbers from 0 to 500');
    const { profile } = JSON.parse(result.stdout);
    expect(profile).toMatchObject({
      name: 'Checkout',
      stage: 'pilot',
      builds: 'foundation_apis',
      headingToNext: true,
      practices: ['eval_set'],
      urgency: 'this_quarter',
    });
    expect(profile.roles.ai_pm).toEqual({ inHouse: 1, augmented: 1 });
    expect(profile.roles.ai_engineer).toEqual({ inHouse: 2, augmented: 0 });
  });

  it('takes Enter for the profile given, names for choices, < to go back, and saves the answers as YAML', async () => {
    const saved = join(scratch, `saved-${Date.now()}.yaml`);
    const answers = [
      '', // name: Checkout assistant, from examples/team.yaml
      'prod', // stage: production, by the start of its name
      '', // builds: foundation_apis, from the file
      '5', // ai_engineer
      '<', // back to the AI engineer
      '4', // ai_engineer, again
      ...Array(9).fill(''), // the other roles as the file has them
      'n', // heading to next (the file says yes)
      ...Array(5).fill(''), // practices as the file has them
      'Weeks', // urgency, by name in any case
      saved,
    ].join('\n');
    const result = await runCliProcess(
      ['advise', '--interactive', '--profile', join(PROJECT_ROOT, 'examples', 'team.yaml'), '--format=json'],
      { input: `${answers}\n` },
    );
    expect(result.code).toBe(0);
    for (const heading of ['Part 1 of 4: the team', 'Part 2 of 4', 'Part 3 of 4', 'Part 4 of 4: hiring']) {
      expect(result.stderr).toContain(heading);
    }
    expect(result.stderr).toContain('Team name (optional, up to 80 characters) [Checkout assistant]:');
    expect(result.stderr).toContain('  MLOps / LLMOps engineer [0,1]:');
    const { profile } = JSON.parse(result.stdout);
    expect(profile).toMatchObject({
      name: 'Checkout assistant',
      stage: 'production',
      builds: 'foundation_apis',
      headingToNext: false,
      practices: ['eval_set', 'eval_owner'],
      urgency: 'weeks',
    });
    expect(profile.roles.ai_engineer).toEqual({ inHouse: 4, augmented: 0 });
    expect(profile.roles.mlops).toEqual({ inHouse: 0, augmented: 1 });
    // The saved profile gives the same answer.
    expect(result.stderr).toContain(`Saved ${saved}.`);
    const again = await runCliProcess(['advise', '--profile', saved, '--format=json']);
    expect(JSON.parse(again.stdout).profile).toEqual(profile);
  });

  it('stops cleanly when the answers run out', async () => {
    expectUsageError(
      await runCliProcess(['advise', '--interactive'], { input: 'Team\n1\n' }),
      'the input ended before every question was answered.',
    );
  });

  it('asks for a profile when given none and not on a terminal', async () => {
    expectUsageError(
      await runCliProcess(['advise']),
      /advise needs a team: give --stage, --builds and --urgency/,
    );
  });

  it.each([
    [
      ['--stage', 'beta', '--builds', 'both', '--urgency', 'weeks'],
      '--stage beta: must be one of: pilot, production, scale',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both'],
      '--urgency: is required (one of: weeks, this_quarter, no_rush)',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--role', 'wizard=2'],
      '--role wizard=2: the role "wizard" is not one of: ai_engineer, backend, ai_pm, data_engineer, mlops, eval_specialist, ml_engineer, data_scientist, frontend_design, security.',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--role', 'ai_engineer=two'],
      '--role ai_engineer=two: the number of people must be a whole number from 0 to 500 (got "two")',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--augmented', 'mlops=-1'],
      '--augmented mlops=-1: must be at least 0',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--role', 'backend=1000000'],
      '--role backend=1000000: must be at most 500',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--role', 'backend'],
      '--role takes ROLE=N',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--practice', 'yoga'],
      '--practice: "yoga" is not one of: eval_set, eval_owner, monitoring, governed_data, security_review.',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--practice', 'eval_set,bogus'],
      '--practice: "bogus" is not one of: eval_set, eval_owner, monitoring, governed_data, security_review.',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--format', 'xml'],
      '--format: "xml" is not one of: text, markdown, json, slack.',
    ],
    [['--stage', 'pilot', '--bogus'], `--bogus is not a flag of advise. See "ai-team-advisor help advise".`],
    [
      ['--stgae', 'pilot'],
      `ai-team-advisor: --stgae is not a flag of advise: did you mean --stage? See "ai-team-advisor help advise".`,
    ],
    [['--stage'], `ai-team-advisor: --stage needs a value. See "ai-team-advisor help advise".`],
    [
      ['--stage', 'prod', '--builds', 'both', '--urgency', 'weeks'],
      '--stage prod: must be one of: pilot, production, scale; did you mean production?',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--role', 'ai_engneer=2'],
      `--role ai_engneer=2: the role "ai_engneer" is not one of: ai_engineer, backend, ai_pm, data_engineer, mlops, eval_specialist, ml_engineer, data_scientist, frontend_design, security; did you mean ai_engineer?`,
    ],
    [
      ['--name', 'x'.repeat(81), '--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks'],
      '--name: must be at most 80 characters',
    ],
  ])('rejects %j, naming the flag and what it takes', async (args, message) => {
    const result = await runCliProcess(['advise', ...args]);
    expectUsageError(result, message);
    // Each problem is said once: the list of allowed values is not repeated.
    expect(result.stderr.split('must be one of').length).toBeLessThanOrEqual(2);
  });

  it('rejects an unknown command', async () => {
    expectUsageError(
      await runCliProcess(['recommend']),
      'unknown command "recommend". Commands: advise, grid, plan, roles, help.',
    );
    expectUsageError(
      await runCliProcess(['advice']),
      'unknown command "advice": did you mean advise? Commands: advise, grid, plan, roles, help.',
    );
  });

  it('refuses help on an unknown topic with exit code 2', async () => {
    expectUsageError(
      await runCliProcess(['help', 'bogus']),
      'there is no help on "bogus". Topics: advise, grid, plan, roles.',
    );
  });

  it('prints its version from package.json', async () => {
    const { version } = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const result = await runCliProcess([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`ai-team-advisor ${version}\n`);
    }
  });

  it('takes stage and option values in any case, as Slack does', async () => {
    const result = await runCliProcess([
      'advise',
      '--stage=Pilot',
      '--builds=Foundation_APIs',
      '--urgency=WEEKS',
      '--role=AI_Engineer=2',
      '--practice=Eval_Set',
      '--format=JSON',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).profile).toMatchObject({
      stage: 'pilot',
      builds: 'foundation_apis',
      urgency: 'weeks',
      practices: ['eval_set'],
      roles: { ai_engineer: { inHouse: 2 } },
    });
    expect((await runCliProcess(['grid', 'Production'])).stdout).toMatch(/^Role\s+Production$/m);
  });

  it('warns when a flag is repeated, and says which value it used', async () => {
    const result = await runCliProcess([
      'advise',
      ...FIFTEEN_PERSON_PILOT,
      '--stage=scale',
      '--role=ai_engineer=1',
      '--format=json',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'ai-team-advisor: warning: --stage is given 2 times; using the last (scale).',
    );
    expect(result.stderr).toContain(
      'ai-team-advisor: warning: --role ai_engineer is given more than once (ai_engineer=4, then ai_engineer=1); using ai_engineer=1.',
    );
    expect(JSON.parse(result.stdout).profile).toMatchObject({
      stage: 'scale',
      roles: { ai_engineer: { inHouse: 1 } },
    });
  });

  it('wraps text to 100 columns when not on a terminal, keeping list items indented', async () => {
    const result = await runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT]);
    const lines = result.stdout.split('\n');
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    // A wrapped list item continues under its text, not at the margin.
    const wrapped = lines.findIndex(
      (line, index) => line.startsWith('- ') && lines[index + 1]?.startsWith('  '),
    );
    expect(wrapped).toBeGreaterThan(-1);
  });

  it('wraps to COLUMNS when it is set, piped or not', async () => {
    const result = await runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT], { env: { COLUMNS: '60' } });
    expect(result.code).toBe(0);
    // Prose wraps to 60; the role grid keeps each cell's longest word whole, so it may run wider. Its lines
    // are those with cells apart (two spaces inside) or continuing under a column (three spaces or more).
    const lines = result.stdout.split('\n');
    const prose = lines.filter((line) => !/\S {2,}/.test(line) && !/^ {3,}/.test(line));
    expect(prose.length).toBeLessThan(lines.length);
    for (const line of prose) expect(line.length).toBeLessThanOrEqual(60);
    expect(Math.max(...prose.map((line) => line.length))).toBeGreaterThan(50);
  });

  it('keeps the role grid inside 100 columns', async () => {
    const result = await runCliProcess([
      'advise',
      '--stage=pilot',
      '--builds=foundation_apis',
      '--urgency=weeks',
      '--role=ai_engineer=1',
    ]);
    const lines = result.stdout.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100); // The longest status, the data engineer's, stays on its row and in its column.
    const row = lines.find((line) => line.startsWith('Data engineer ')) ?? '';
    expect(row).toMatch(/^Data engineer +Shared +0 +covered once the new backend engineer starts$/);
  });
  it('keeps Fix and Source on lines of their own in Markdown, and readiness as task-list checkboxes', async () => {
    const result = await runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT, '--format=markdown']);
    // A line ending in a backslash is a hard line break in CommonMark; without it the lines run together.
    expect(result.stdout).toMatch(/\\\n {2}Fix: /);
    const moving = await runCliProcess([
      'advise',
      ...FIFTEEN_PERSON_PILOT,
      '--heading-to-next',
      '--format=markdown',
    ]);
    expect(moving.stdout).toMatch(/^- \[ \] MLOps \/ LLMOps engineer \(0 now\)$/m);
    expect(moving.stdout).not.toContain('\\[ \\]');
  });

  it('prints help', async () => {
    const result = await runCliProcess(['help', 'advise']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--augmented ROLE=N');
  });
});

describe('an operator playbook file', () => {
  it('changes the grid when PLAYBOOK_FILE is a partial YAML override', async () => {
    const file = join(scratch, 'playbook.yaml');
    await writeFile(file, 'stages:\n  pilot:\n    headcount:\n      max: 8\n');
    const result = await runCliProcess(['grid', '--format=markdown'], { env: { PLAYBOOK_FILE: file } });
    expect(result.code).toBe(0);
    expect(markdownTableRows(result.stdout).at(-1)).toEqual([
      'Typical headcount',
      '2 to 8',
      '6 to 12',
      '12 to 30+',
    ]);
  });

  it('is used by advise too (--playbook wins over PLAYBOOK_FILE)', async () => {
    const file = join(scratch, 'playbook.json');
    await writeFile(file, JSON.stringify({ stages: { pilot: { headcount: { min: 1, max: 20 } } } }));
    const result = await runCliProcess(
      ['advise', ...FIFTEEN_PERSON_PILOT, '--format=json', '--playbook', file],
      {
        env: { PLAYBOOK_FILE: '/nonexistent.yaml' },
      },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).headcount.position).toBe('within');
  });

  it('stops with the field and the reason when the file is invalid', async () => {
    const file = join(scratch, 'bad-playbook.yaml');
    await writeFile(
      file,
      'roles:\n  mlops:\n    seats:\n      pilot: someday\nstages:\n  pilot:\n    headcount:\n      min: -2\n',
    );
    const result = await runCliProcess(['grid'], { env: { PLAYBOOK_FILE: file } });
    expectUsageError(
      result,
      `Playbook file ${file} is invalid:`,
      'stages.pilot.headcount.min: must be at least 0',
      'roles.mlops.seats.pilot: unknown level "someday"',
    );
  });

  it('reports unreadable and malformed files', async () => {
    expectUsageError(
      await runCliProcess(['grid', '--playbook', join(scratch, 'missing.yaml')]),
      /Cannot read playbook file .*missing\.yaml: there is no such file\./,
    );
    const file = join(scratch, 'broken.yaml');
    await writeFile(file, 'stages: [unclosed\n');
    expectUsageError(
      await runCliProcess(['grid', '--playbook', file]),
      `Playbook file ${file} is not valid YAML`,
    );
  });
});

describe('ai-team-advisor roles', () => {
  it('says what each seat owns, from the playbook, and the AI engineer against the ML engineer', async () => {
    const playbook = getDefaultPlaybook();
    const result = await runCliProcess(['roles', '--format=markdown']);
    expect(result.code).toBe(0);
    for (const role of ROLE_IDS) {
      // Markdown escapes the underscores in the key.
      const key = role.replaceAll('_', '\\_');
      expect(result.stdout).toContain(
        `- ${playbook.roles[role].shortName} (${key}): ${playbook.roles[role].owns}`,
      );
    }
    expect(result.stdout).toContain(`## ${AI_VS_ML_ENGINEER.question}\n\n${AI_VS_ML_ENGINEER.answer}`);
    const data = JSON.parse((await runCliProcess(['roles', '--format=json'])).stdout);
    expect(data.roles.map((role: { id: string }) => role.id)).toEqual([...ROLE_IDS]);
    expect(data.aiVsMlEngineer.question).toBe('AI engineer or ML engineer?');
  });

  it('says the same as /aiteam roles, which reads the same text', () => {
    const shown = JSON.stringify(rolesMessage(getDefaultPlaybook()).blocks);
    expect(shown).toContain(AI_VS_ML_ENGINEER.answer);
    for (const role of ROLE_IDS) expect(shown).toContain(getDefaultPlaybook().roles[role].owns);
  });

  it('calls each role by the one name advise uses, in roles, grid and advise alike', async () => {
    const outputs = await Promise.all([
      runCliProcess(['roles']),
      runCliProcess(['grid']),
      runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT]),
    ]);
    const slack = [rolesMessage(getDefaultPlaybook()), gridMessage(getDefaultPlaybook())].map((message) =>
      JSON.stringify(message.blocks),
    );
    for (const text of [...outputs.map((output) => output.stdout), ...slack]) {
      expect(text).toContain('AI product manager');
      expect(text).not.toContain('Product manager (AI)');
    }
  });

  it('lists each role key beside its name in help advise', async () => {
    const help = (await runCliProcess(['help', 'advise'])).stdout;
    const playbook = getDefaultPlaybook();
    for (const role of ROLE_IDS) {
      expect(help).toMatch(new RegExp(`${role} +${playbook.roles[role].shortName.replace('/', '\\/')}`));
    }
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDefaultPlaybook, ROLE_IDS } from '../../src/advisor/index.js';
import { AI_VS_ML_ENGINEER } from '../../src/content/roles.js';
import { rolesMessage } from '../../src/slack/blocks/command-replies.js';
import { markdownTableRows, PLAYBOOK_TABLE } from '../helpers/markdown-table.js';
import { PROJECT_ROOT, type ProcessResult, runCliProcess, STACK_FRAME } from '../helpers/run-process.js';

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
    expect(markdownTableRows(result.stdout)).toEqual(PLAYBOOK_TABLE);
  });

  it('prints roles as rows and stages as columns in text, with the bands', async () => {
    const result = await runCliProcess(['grid']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.find((line) => line.startsWith('Role'))).toMatch(/^Role\s+Pilot\s+Production\s+Scale$/);
    expect(lines.find((line) => line.startsWith('MLOps or LLMOps engineer'))).toMatch(
      /^MLOps or LLMOps engineer\s+Wait\s+Core, do not delay\s+Core, platform$/,
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
      'the stage must be one of: pilot, production, scale (got "beta")',
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
    expect(out).toContain('Pilot: 15 people; the pilot band is 2 to 5.');
    // Nothing but its size says it is a bigger stage's team: an oversized pilot, with no stage hint.
    expect(out).not.toContain('These answers look more like');
    expect(out).toMatch(/- High: No AI product owner\. Nobody chooses the problems/);
    // The data scientists wait at a pilot: their work moves out, and no data engineer is added for them.
    expect(out).toMatch(
      /- Medium: Data scientists with no data engineer\.\n {2}Fix: The pilot stage has no seat/,
    );
    expect(out).toMatch(/- Medium: Nobody owns eval quality\.\n {2}Fix: Name one of the AI engineers/);
    expect(out).toContain(
      'Fix: Make room by moving out 2 data scientists (ahead of the pilot stage) and trimming 5 backend engineers (more than the stage needs).',
    );
    expect(out).toContain('- AI product manager: hire 1 full-time, now.');
    expect(out).not.toMatch(/^- Data engineer:/m);
    // The AI-skills figure backs augmenting AI seats, not a product manager.
    expect(out).not.toContain('(IDC, 2024)');
    expect(out).toContain('For Production: 4 of 14 in place; first missing: MLOps / LLMOps engineer.');
  });

  it('prints the same assessment as JSON', async () => {
    const result = await runCliProcess(['advise', ...FIFTEEN_PERSON_PILOT, '--format', 'json']);
    const assessment = JSON.parse(result.stdout);
    expect(assessment.stallPoints.map((point: { id: string }) => point.id)).toEqual([
      'no_product_owner',
      'data_scientists_without_data_engineering',
      'no_eval_owner',
      'headcount_outside_band',
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
    expectUsageError(broken, 'ai-team-advisor: standard input line 3 is not valid YAML');
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
      `ai-team-advisor: ${file} line 3 is not valid YAML`,
    );
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
      `ai-team-advisor: ${file} is not valid JSON`,
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
      '--role role must be one of: ai_engineer, backend',
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
      '--practice must be one of: eval_set, eval_owner, monitoring, governed_data, security_review (got "yoga").',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--practice', 'eval_set,bogus'],
      '--practice must be one of: eval_set, eval_owner, monitoring, governed_data, security_review (got "bogus").',
    ],
    [
      ['--stage', 'pilot', '--builds', 'both', '--urgency', 'weeks', '--format', 'xml'],
      '--format must be one of: text, markdown, json, slack (got "xml")',
    ],
    [['--stage', 'pilot', '--bogus'], `Unknown option '--bogus'. See "ai-team-advisor help advise".`],
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
    expect(row).toMatch(/^Data engineer +Shared +0 +gap, covered by the backend engineer hire$/);
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
      expect(result.stdout).toContain(`- ${playbook.roles[role].name}: ${playbook.roles[role].owns}`);
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
});

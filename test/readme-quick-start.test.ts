import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, type ProcessResult, runProcess } from './helpers/run-process.js';

const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const SECTION = '## Try it without Slack';

/** The README's quick-start block: its commands, continuation lines joined and comments dropped. */
function quickStartCommands(): string[] {
  const section = README.slice(README.indexOf(SECTION));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '');
}

/** One command as a newcomer's shell runs it, in the checkout, with nothing on standard input. */
function shell(command: string): Promise<ProcessResult> {
  return runProcess('sh', ['-c', command]);
}

const commands = quickStartCommands();

afterAll(async () => {
  await rm(join(PROJECT_ROOT, 'plan.png'), { force: true });
});

describe("the README's quick start", () => {
  it('starts from a fresh clone with the install and build, then runs the CLI on the examples', () => {
    // The test run itself built dist/ with `npm run build` (test/global-setup.ts) after `npm ci`: the first
    // line is what made the checkout these commands run in.
    expect(commands[0]).toBe('npm ci && npm run build');
    expect(commands.length).toBeGreaterThan(5);
    expect(commands.slice(1).every((command) => /(^|\| )npx ai-team-advisor /.test(command))).toBe(true);
  });

  it.each(commands.slice(1))(
    'runs `%s` as written, exit code 0',
    async (command) => {
      const result = await shell(command);
      expect(result.stderr).not.toMatch(/ai-team-advisor: (?!warning)/);
      expect(result.code).toBe(0);
      const output = / --output (\S+)/.exec(command)?.[1];
      if (output) expect((await readFile(join(PROJECT_ROOT, output))).length).toBeGreaterThan(0);
      else expect(result.stdout.trim()).not.toBe('');
    },
    120_000,
  );

  it('shows the example profile as it is in examples/team.yaml', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(README.slice(README.indexOf(SECTION)))?.[1];
    expect(yaml).toBe(readFileSync(join(PROJECT_ROOT, 'examples', 'team.yaml'), 'utf8'));
  });
});

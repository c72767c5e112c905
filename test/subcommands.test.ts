import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, mainHelp } from '../src/cli/commands/index.js';
import { parseProfile } from '../src/cli/profile-file.js';
import { applyProfileFlags, profileFromDraft } from '../src/cli/profile-flags.js';
import { markdownCommandList, SUBCOMMANDS } from '../src/slack/subcommands.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the /aiteam subcommand table', () => {
  it("is the README's command list, word for word", () => {
    const start = README.indexOf('<!-- commands:');
    const end = README.indexOf('<!-- end of commands -->');
    expect(start).toBeGreaterThan(-1);
    const listed = README.slice(README.indexOf('\n', start) + 1, end).trim();
    expect(listed).toBe(markdownCommandList());
    expect(listed.split('\n')).toHaveLength(SUBCOMMANDS.length);
  });
});

describe('the CLI command table', () => {
  it('is what the main help lists, and each command appears in the README', () => {
    const help = mainHelp();
    for (const command of COMMANDS) {
      expect(help).toContain(`ai-team-advisor ${command.name} ${command.usage}`);
      expect(README).toContain(`ai-team-advisor ${command.name}`);
    }
    expect(help).toContain(`ai-team-advisor help [${COMMANDS.map((command) => command.name).join('|')}]`);
  });

  it('says where the advice comes from as the playbook does, not as research it is drawn from', () => {
    expect(mainHelp()).toContain('directional guidance synthesized from practitioner reports');
    expect(`${mainHelp()}${README}`).not.toMatch(/drawn from a16z/);
  });
});

describe("the README's examples", () => {
  it('has a profile file example that advise accepts as written', () => {
    const yaml = /```yaml\n(name: [\s\S]*?)```/.exec(README)?.[1];
    expect(yaml).toBeDefined();
    const file = parseProfile(yaml ?? '', 'README.md');
    const profile = profileFromDraft(
      applyProfileFlags(file.data, {}, () => {}),
      file,
    );
    expect(profile).toMatchObject({ stage: 'pilot', roles: { mlops: { inHouse: 0, augmented: 1 } } });
  });
});

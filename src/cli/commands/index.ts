import type { CliIo } from '../io.js';
import { ADVISE_HELP, GRID_HELP, PLAN_HELP, ROLES_HELP } from '../usage.js';
import { adviseCommand } from './advise.js';
import { gridCommand } from './grid.js';
import { planCommand } from './plan.js';
import { rolesCommand } from './roles.js';

export interface CliCommand {
  name: string;
  /** Arguments and flags, as the main help shows them. */
  usage: string;
  /** `help NAME` and `NAME --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * Every CLI command, in the order the main help lists them. The router, `help` and `help TOPIC` all read this
 * table, so a command cannot be routed without appearing in help.
 */
export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'advise',
    usage: '[profile flags | --profile FILE] [--format text|markdown|json|slack]',
    help: ADVISE_HELP,
    run: adviseCommand,
  },
  {
    name: 'grid',
    usage: '[pilot|production|scale] [--format text|markdown|json]',
    help: GRID_HELP,
    run: gridCommand,
  },
  {
    name: 'plan',
    usage:
      'PATH... [--format text|markdown|json|png|csv] [--output FILE|FOLDER] [--as-of DATE] [--skip-invalid]',
    help: PLAN_HELP,
    run: planCommand,
  },
  { name: 'roles', usage: '[--format text|markdown|json]', help: ROLES_HELP, run: rolesCommand },
];

export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}

export function commandNames(): string[] {
  return [...COMMANDS.map((command) => command.name), 'help'];
}

export function mainHelp(): string {
  const usage = [
    ...COMMANDS.map((command) => `  ai-team-advisor ${command.name} ${command.usage}`),
    `  ai-team-advisor help [${COMMANDS.map((command) => command.name).join('|')}]`,
    '  ai-team-advisor --version',
  ];
  return `ai-team-advisor: staffing advice for an AI engineering team, stage by stage.

Usage:
${usage.join('\n')}

  Flags without a command run advise: ai-team-advisor --stage pilot ... (or npm run advise -- --stage pilot ...)
  A profile piped on standard input runs advise too: cat team.json | ai-team-advisor advise

Options for every command:
  --format FORMAT     text (default), markdown or json; advise also takes slack, plan png and csv
  --playbook FILE     use this playbook file (JSON or YAML) over ours; default: $PLAYBOOK_FILE
  -h, --help          show help

The role grid and headcount bands are directional guidance synthesized from practitioner reports; the
figures quoted beside the advice are cited to their sources (a16z, McKinsey, IDC, Gartner).

Exit codes: 0 done, 2 a flag or value was wrong, 1 anything else.
`;
}

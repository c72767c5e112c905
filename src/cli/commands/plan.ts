import { writeFile } from 'node:fs/promises';
import { type CompanyPlan, type PlanTeam, planHiring } from '../../advisor/index.js';
import { loadPlaybook } from '../../config/playbook-file.js';
import { readFailure } from '../../config/read-failure.js';
import { planDocument } from '../../render/plan-document.js';
import { planPicture } from '../../render/plan-picture/index.js';
import type { CliIo } from '../io.js';
import { formatOutput } from '../output.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormat, warnRepeatedFlags } from '../parse.js';
import { readPlanTeams } from '../plan-teams.js';
import { PLAN_FORMATS, PLAN_HELP, UsageError } from '../usage.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  output: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
} as const;

/** The hiring plan across several teams: the same plan `/aiteam plan` sends in Slack. */
export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('plan', args, OPTIONS);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(PLAN_HELP);
    return 0;
  }
  warnRepeatedFlags(parsed.tokens, OPTIONS, (message) =>
    io.stderr.write(`ai-team-advisor: warning: ${message}\n`),
  );
  if (positionals.length === 0) {
    throw new UsageError(
      'plan needs teams: give a folder of profiles, a file holding a list of them, or "-" for a list on standard input.',
    );
  }
  const format = parseFormat(values.format, PLAN_FORMATS);
  if (format === 'png' && values.output === undefined && io.stdout.isTTY) {
    throw new UsageError(
      '--format png writes an image: give --output FILE, or redirect standard output to a file.',
    );
  }
  const asOf = parseAsOf(values['as-of']);
  const playbook = await loadPlaybook(values.playbook ?? io.env.PLAYBOOK_FILE);
  const teams = await readPlanTeams(positionals, io, asOf);
  const plan = planHiring(teams, asOf, playbook);
  const nameOf = teamNamer(plan);
  const output =
    format === 'png'
      ? (await planPicture(plan, pictureNamer(plan))).png
      : formatOutput(
          format,
          () => planDocument(plan, nameOf),
          () => plan,
          io,
        );
  await write(output, values.output, io);
  return 0;
}

/**
 * A team is its own name (with its file when another team's name differs only in case), or "unnamed team in"
 * its file when it has none.
 */
export function teamNamer(plan: CompanyPlan): (teamId: string) => string {
  const byId = new Map(plan.teams.map((team) => [team.id, team]));
  const uses = new Map<string, number>();
  const key = (name: string) => name.toLowerCase();
  for (const team of plan.teams) if (team.name) uses.set(key(team.name), (uses.get(key(team.name)) ?? 0) + 1);
  return (teamId) => {
    const team = byId.get(teamId);
    if (!team?.name) return `unnamed team in ${team?.source ?? teamId}`;
    return (uses.get(key(team.name)) ?? 0) > 1 ? `${team.name} in ${team.source}` : team.name;
  };
}

/** In the picture's narrow name column, an unnamed team is its file, so rows stay told apart. */
export function pictureNamer(plan: CompanyPlan): (team: PlanTeam) => string {
  const nameOf = teamNamer(plan);
  return (team) => (team.name ? nameOf(team.id) : (team.source ?? team.id));
}

function parseAsOf(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--as-of must be a date such as 2026-12-01 (got "${value}").`);
  }
  return date;
}

async function write(output: string | Uint8Array, path: string | undefined, io: CliIo): Promise<void> {
  if (path === undefined) {
    io.stdout.write(output);
    return;
  }
  try {
    await writeFile(path, output);
  } catch (error) {
    throw new UsageError(`--output: cannot write ${path}: ${readFailure(error)}.`);
  }
}

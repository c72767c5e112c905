import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CompanyPlan, countNoun, type PlanTeam, planHiring } from '../../advisor/index.js';
import { listInWords } from '../../advisor/wording.js';
import { loadPlaybook } from '../../config/playbook-file.js';
import { readFailure } from '../../config/read-failure.js';
import { type PlanFile, planCsvFiles } from '../../render/plan-csv.js';
import { planDocument } from '../../render/plan-document.js';
import { planPicture } from '../../render/plan-picture/index.js';
import type { CliIo } from '../io.js';
import { formatOutput, writeOutput } from '../output.js';
import { COMMON_OPTIONS, oneOf, parseCommandArgs, parseFormat, warnRepeatedFlags } from '../parse.js';
import { readPlanTeams } from '../plan-teams.js';
import { PLAN_FORMATS, PLAN_HELP, UsageError } from '../usage.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  output: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  'csv-file': { type: 'string' },
  'skip-invalid': { type: 'boolean' },
} as const;

/** The CSV files by the short name `--csv-file` takes: the teams file and the seats file. */
const CSV_FILES = ['teams', 'seats'] as const;

/** The hiring plan across several teams: the same plan `/aiteam plan` sends in Slack. */
export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('plan', args, OPTIONS);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(PLAN_HELP);
    return 0;
  }
  const warn = (message: string) => io.stderr.write(`ai-team-advisor: warning: ${message}\n`);
  warnRepeatedFlags(parsed.tokens, OPTIONS, warn);
  if (positionals.length === 0) {
    throw new UsageError(
      'plan needs teams: give a folder of profiles, a file holding a list of them, or "-" for a list on standard input.',
    );
  }
  const csvFile = values['csv-file'] === undefined ? undefined : csvFileName(values['csv-file']);
  const format =
    csvFile !== undefined && values.format === undefined ? 'csv' : parseFormat(values.format, PLAN_FORMATS);
  if (csvFile !== undefined && format !== 'csv') throw new UsageError('--csv-file goes with --format csv.');
  if (format === 'csv' && csvFile === undefined && values.output === undefined) {
    throw new UsageError(
      `--format csv writes ${CSV_FILES.length} files: give --output FOLDER for all of them, or --csv-file ${CSV_FILES.join('|')} for one on standard output.`,
    );
  }
  if (format === 'png' && values.output === undefined && io.stdout.isTTY) {
    throw new UsageError(
      '--format png writes an image: give --output FILE, or redirect standard output to a file.',
    );
  }
  const asOf = parseAsOf(values['as-of']);
  const playbook = await loadPlaybook(values.playbook ?? io.env.PLAYBOOK_FILE);
  const read = await readPlanTeams(positionals, io, asOf);
  for (const duplicate of read.duplicates) warn(duplicate);
  if (read.problems.length > 0) {
    const heading = `could not read ${listInWords(read.leftOut)}`;
    if (!values['skip-invalid'] || read.teams.length === 0) {
      const others =
        read.teams.length === 0
          ? ''
          : ` (--skip-invalid plans from the other ${countNoun(read.teams.length, 'team')})`;
      throw new UsageError(`${heading}${others}:\n${read.problems.join('\n')}`);
    }
    warn(
      `${heading}, so the plan leaves ${read.leftOut.length === 1 ? 'it' : 'them'} out:\n${read.problems.join('\n')}`,
    );
  }
  const plan = planHiring(read.teams, asOf, playbook);
  const nameOf = teamNamer(plan);
  if (format === 'csv') {
    const files = planCsvFiles(plan, nameOf);
    if (csvFile === undefined) return writeFolder(files, values.output as string, io);
    const chosen = files.find((file) => file.filename === csvFile) as PlanFile;
    await writeOutput(chosen.content, values.output, io);
    return 0;
  }
  const output =
    format === 'png'
      ? (await planPicture(plan, pictureNamer(plan))).png
      : formatOutput(
          format,
          () => planDocument(plan, nameOf),
          () => plan,
          io,
        );
  await writeOutput(output, values.output, io);
  return 0;
}

/** `teams` or `seats`, or the file's own name (`hiring-plan-teams.csv`), as the export names it. */
function csvFileName(value: string): string {
  const short = value
    .trim()
    .toLowerCase()
    .replace(/^hiring-plan-/, '')
    .replace(/\.csv$/, '');
  return `hiring-plan-${oneOf('--csv-file', short, CSV_FILES)}.csv`;
}

/** The CSV files the Slack export sends, written into a folder (made if missing), each named on stderr. */
async function writeFolder(files: readonly PlanFile[], folder: string, io: CliIo): Promise<number> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new UsageError(`--output ${folder}: --format csv writes a folder of files, and this is a file.`);
  }
  try {
    await mkdir(folder, { recursive: true });
    for (const file of files) await writeFile(join(folder, file.filename), file.content);
  } catch (error) {
    throw new UsageError(`--output: cannot write into ${folder}: ${readFailure(error)}.`);
  }
  io.stderr.write(`Wrote ${files.map((file) => join(folder, file.filename)).join(' and ')}.\n`);
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

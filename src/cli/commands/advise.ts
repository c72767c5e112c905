import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { assess } from '../../advisor/index.js';
import { loadPlaybook } from '../../config/playbook-file.js';
import { assessmentDocument } from '../../render/assessment-document.js';
import type { CliIo } from '../io.js';
import { formatOutput } from '../output.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormat } from '../parse.js';
import { applyProfileFlags, hasProfileFlags, PROFILE_OPTIONS, profileFromDraft } from '../profile-flags.js';
import { askForProfile } from '../questionnaire.js';
import { ADVISE_HELP, UsageError } from '../usage.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...PROFILE_OPTIONS,
  profile: { type: 'string' },
  interactive: { type: 'boolean' },
} as const;

export async function adviseCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('advise', args, OPTIONS);
  if (values.help) {
    io.stdout.write(ADVISE_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`advise takes no arguments, only flags (got "${positionals.join(' ')}").`);
  }
  const format = parseFormat(values.format);
  const playbook = await loadPlaybook(values.playbook ?? io.env.PLAYBOOK_FILE);

  let base: Record<string, unknown> = {};
  if (values.profile !== undefined) {
    base = await readProfileFile(values.profile, io);
  } else if (values.interactive || (!hasProfileFlags(values) && io.stdin.isTTY)) {
    base = (await askForProfile(io.stdin, io.stderr, playbook)) as Record<string, unknown>;
  } else if (!hasProfileFlags(values)) {
    throw new UsageError(
      'advise needs a team: give --stage, --builds and --urgency (with --role ROLE=N for each role), ' +
        'or --profile FILE, or --interactive to be asked step by step.',
    );
  }
  const profile = profileFromDraft(applyProfileFlags(base, values), values.profile);
  const assessment = assess(profile, playbook);
  io.stdout.write(
    formatOutput(
      format,
      () => assessmentDocument(assessment),
      () => assessment,
    ),
  );
  return 0;
}

async function readProfileFile(path: string, io: CliIo): Promise<Record<string, unknown>> {
  let content: string;
  try {
    content = path === '-' ? await text(io.stdin) : await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--profile: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new UsageError(`--profile: ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`--profile: ${path} must hold a JSON object with the team's profile.`);
  }
  return data as Record<string, unknown>;
}

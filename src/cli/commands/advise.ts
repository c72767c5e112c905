import { text } from 'node:stream/consumers';
import { assess } from '../../advisor/index.js';
import { loadPlaybook } from '../../config/playbook-file.js';
import { assessmentDocument } from '../../render/assessment-document.js';
import type { CliIo } from '../io.js';
import { formatOutput, writeOutput } from '../output.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormat, warnRepeatedFlags } from '../parse.js';
import { type ProfileFile, parseProfile, readProfileFile } from '../profile-file.js';
import { applyProfileFlags, hasProfileFlags, PROFILE_OPTIONS, profileFromDraft } from '../profile-flags.js';
import { askForProfile } from '../questionnaire.js';
import { PLACEHOLDER_CHANNEL, PLACEHOLDER_USER, previewLinks, slackPreview } from '../slack-preview.js';
import { ADVISE_FORMATS, ADVISE_HELP, UsageError } from '../usage.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...PROFILE_OPTIONS,
  profile: { type: 'string' },
  interactive: { type: 'boolean' },
  channel: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
} as const;

const NEEDS_A_TEAM =
  'advise needs a team: give --stage, --builds and --urgency (with --role ROLE=N for each role), ' +
  'or --profile FILE, or pipe a profile on standard input, or --interactive to be asked step by step.';

export async function adviseCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs('advise', args, OPTIONS);
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(ADVISE_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`advise takes no arguments, only flags (got "${positionals.join(' ')}").`);
  }
  const warn = (message: string) => io.stderr.write(`ai-team-advisor: warning: ${message}\n`);
  warnRepeatedFlags(parsed.tokens, OPTIONS, warn);
  const format = parseFormat(values.format, ADVISE_FORMATS);
  if ((values.channel !== undefined || values.user !== undefined || values.json) && format !== 'slack') {
    throw new UsageError('--channel, --user and --json go with --format slack.');
  }
  const playbook = await loadPlaybook(values.playbook ?? io.env.PLAYBOOK_FILE);

  const file = await profileSource(values, io, playbook);
  const profile = profileFromDraft(applyProfileFlags(file?.data ?? {}, values, warn), file);
  const assessment = assess(profile, playbook);
  if (format === 'slack') {
    const where = {
      channelId: values.channel ?? PLACEHOLDER_CHANNEL,
      userId: values.user ?? PLACEHOLDER_USER,
    };
    const messages = slackPreview(assessment, profile, playbook, where);
    const json = `${JSON.stringify(messages, null, 2)}\n`;
    if (values.json) return writeOutput(json, values.output, io);
    if (values.output !== undefined) await writeOutput(json, values.output, io);
    io.stdout.write(previewLinks(messages, values.output));
    return 0;
  }
  return writeOutput(
    formatOutput(
      format,
      () => assessmentDocument(assessment),
      () => assessment,
      io,
    ),
    values.output,
    io,
  );
}

/**
 * Where the profile comes from: --profile; the questions, on a terminal (or --interactive); standard input
 * when something is piped in and no profile flag is given; or the flags alone.
 */
async function profileSource(
  values: { profile?: string; interactive?: boolean } & Parameters<typeof hasProfileFlags>[0],
  io: CliIo,
  playbook: Awaited<ReturnType<typeof loadPlaybook>>,
): Promise<ProfileFile | undefined> {
  // With --interactive, a --profile gives the answers Enter accepts.
  const file = values.profile === undefined ? undefined : await readProfileFile(values.profile, io);
  if (file && !values.interactive) return file;
  const flags = hasProfileFlags(values);
  if (values.interactive || (!flags && io.stdin.isTTY)) {
    const answers = await askForProfile(io.stdin, io.stderr, playbook, file?.data);
    return { name: 'your answers', data: answers, lineOf: () => undefined };
  }
  if (flags) return undefined;
  const piped = await text(io.stdin);
  if (piped.trim() === '') throw new UsageError(NEEDS_A_TEAM);
  return parseProfile(piped, 'standard input');
}

import { closestMatch } from '../advisor/field-errors.js';
import { PlaybookFileError } from '../config/playbook-file.js';
import { commandNames, findCommand, mainHelp } from './commands/index.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';
import { packageVersion } from './version.js';

/** Runs one CLI invocation and returns its exit code. Never throws: every failure becomes a message. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Flags with no command mean advise, so `npm run advise -- --stage pilot ...` reads naturally.
  const startsWithFlag = argv[0]?.startsWith('--') && !['--help', '--version'].includes(argv[0]);
  const [command, ...args] = startsWithFlag ? ['advise', ...argv] : argv;
  try {
    switch (command) {
      case '--version':
      case '-V':
        io.stdout.write(`ai-team-advisor ${packageVersion()}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout.write(helpFor(args[0]));
        return 0;
    }
    const found = findCommand(command);
    if (!found) {
      throw new UsageError(
        `unknown command "${command}"${guess(command, commandNames())} Commands: ${commandNames().join(', ')}.`,
      );
    }
    return await found.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PlaybookFileError) {
      io.stderr.write(`ai-team-advisor: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`ai-team-advisor: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

function helpFor(topic: string | undefined): string {
  if (topic === undefined) return mainHelp();
  const found = findCommand(topic);
  if (!found) {
    const topics = commandNames().slice(0, -1);
    throw new UsageError(
      `there is no help on "${topic}"${guess(topic, topics)} Topics: ${topics.join(', ')}.`,
    );
  }
  return found.help;
}

/** ": did you mean advise?" when a close match is there to be meant; a full stop otherwise. */
function guess(typed: string, candidates: readonly string[]): string {
  const match = closestMatch(typed, candidates);
  return match === undefined ? '.' : `: did you mean ${match}?`;
}

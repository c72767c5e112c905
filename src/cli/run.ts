import { PlaybookFileError } from '../config/playbook-file.js';
import { adviseCommand } from './commands/advise.js';
import { gridCommand } from './commands/grid.js';
import type { CliIo } from './io.js';
import { ADVISE_HELP, GRID_HELP, MAIN_HELP, UsageError } from './usage.js';

/** Runs one CLI invocation and returns its exit code. Never throws: every failure becomes a message. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Flags with no command mean advise, so `npm run advise -- --stage pilot ...` reads naturally.
  const startsWithFlag = argv[0]?.startsWith('--') && argv[0] !== '--help';
  const [command, ...args] = startsWithFlag ? ['advise', ...argv] : argv;
  try {
    switch (command) {
      case 'grid':
        return await gridCommand(args, io);
      case 'advise':
        return await adviseCommand(args, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h': {
        const topic = args[0];
        io.stdout.write(topic === 'grid' ? GRID_HELP : topic === 'advise' ? ADVISE_HELP : MAIN_HELP);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}". Commands: grid, advise, help.`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof PlaybookFileError) {
      io.stderr.write(`ai-team-advisor: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`ai-team-advisor: unexpected error: ${(error as Error).message ?? String(error)}\n`);
    return 1;
  }
}

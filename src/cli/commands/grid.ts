import { STAGE_IDS } from '../../advisor/index.js';
import { loadPlaybook } from '../../config/playbook-file.js';
import { gridData, gridDocument } from '../../render/grid-document.js';
import type { CliIo } from '../io.js';
import { formatOutput } from '../output.js';
import { COMMON_OPTIONS, oneOf, parseCommandArgs, parseFormat } from '../parse.js';
import { GRID_HELP, UsageError } from '../usage.js';

export async function gridCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('grid', args, COMMON_OPTIONS);
  if (values.help) {
    io.stdout.write(GRID_HELP);
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`grid takes at most one stage (got ${positionals.join(' ')}).`);
  const stage = positionals[0] === undefined ? undefined : oneOf('the stage', positionals[0], STAGE_IDS);
  const format = parseFormat(values.format);
  const playbook = await loadPlaybook(values.playbook ?? io.env.PLAYBOOK_FILE);
  io.stdout.write(
    formatOutput(
      format,
      () => gridDocument(playbook, stage),
      () => gridData(playbook, stage),
      io,
    ),
  );
  return 0;
}

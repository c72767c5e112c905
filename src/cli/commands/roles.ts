import { ROLE_IDS } from '../../advisor/index.js';
import { loadPlaybook } from '../../config/playbook-file.js';
import { AI_VS_ML_ENGINEER, roleName } from '../../content/roles.js';
import type { Doc } from '../../render/document.js';
import type { CliIo } from '../io.js';
import { formatOutput } from '../output.js';
import { COMMON_OPTIONS, parseCommandArgs, parseFormat } from '../parse.js';
import { ROLES_HELP, UsageError } from '../usage.js';

/** What each seat owns, and the AI engineer against the ML engineer: the CLI's `/aiteam roles`. */
export async function rolesCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('roles', args, COMMON_OPTIONS);
  if (values.help) {
    io.stdout.write(ROLES_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(`roles takes no arguments (got "${positionals.join(' ')}").`);
  }
  const format = parseFormat(values.format);
  const playbook = await loadPlaybook(values.playbook ?? io.env.PLAYBOOK_FILE);
  const roles = ROLE_IDS.map((id) => ({ id, name: roleName(playbook, id), owns: playbook.roles[id].owns }));
  const doc: Doc = [
    { kind: 'heading', level: 1, text: 'What each seat owns' },
    {
      kind: 'paragraph',
      text: "Each seat with the key that --role, --augmented and a profile's roles take for it.",
    },
    { kind: 'list', items: roles.map((role) => `${role.name} (${role.id}): ${role.owns}`) },
    { kind: 'heading', level: 2, text: AI_VS_ML_ENGINEER.question },
    { kind: 'paragraph', text: AI_VS_ML_ENGINEER.answer },
    { kind: 'paragraph', text: `"${AI_VS_ML_ENGINEER.quote}" (${AI_VS_ML_ENGINEER.source})` },
  ];
  io.stdout.write(
    formatOutput(
      format,
      () => doc,
      () => ({ roles, aiVsMlEngineer: AI_VS_ML_ENGINEER }),
      io,
    ),
  );
  return 0;
}

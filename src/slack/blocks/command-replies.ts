import type { KnownBlock } from '@slack/types';
import { bandOf, type Playbook, ROLE_IDS, STAGE_IDS, type StageId } from '../../advisor/index.js';
import { AI_VS_ML_ENGINEER, roleName, SOURCES_NOTE } from '../../content/roles.js';
import { playbookGridRows } from '../../render/grid-document.js';
import { COMMAND, SUBCOMMANDS, usageOf } from '../subcommands.js';
import { escapeUserText, truncate } from './escape.js';
import type { SlackMessage } from './limits.js';
import { privacySentence, type SupportLinks, supportSentence } from './support.js';
import { context, header, section, tableBlock } from './text.js';

export function helpMessage(support: SupportLinks = {}): SlackMessage {
  const lines = SUBCOMMANDS.map((subcommand) => `• \`${usageOf(subcommand)}\`: ${subcommand.does}`);
  return {
    text: `AI Team Advisor: run ${COMMAND} to assess your AI team, or ${COMMAND} help for every command.`,
    blocks: [
      header('AI Team Advisor'),
      section(
        'I tell you how to staff an AI engineering team for its stage (pilot, production or scale): the seats ' +
          'it needs now and next, where teams like it usually stall, and whether to build, hire or augment each ' +
          'missing seat.',
      ),
      section(lines.join('\n')),
      context(SOURCES_NOTE),
      context(supportSentence(support), privacySentence(support)),
    ],
  };
}

export function unknownSubcommandMessage(text: string): SlackMessage {
  const shown = escapeUserText(truncate(text, 60));
  return {
    text: `I don't know "${shown}". Try ${COMMAND} help.`,
    blocks: [
      section(
        `I don't know \`${shown.replaceAll('`', "'")}\`. Try \`${COMMAND} help\` to see what I can do.`,
      ),
    ],
  };
}

export function gridMessage(playbook: Playbook, only?: StageId): SlackMessage {
  const stages = only ? [only] : [...STAGE_IDS];
  const table = tableBlock(playbookGridRows(playbook, only), [{ is_wrapped: true }]);
  const readable = ROLE_IDS.map((role) => {
    const seats = stages.map(
      (stage) =>
        `${playbook.stages[stage].name}: ${playbook.levels[playbook.roles[role].seats[stage]]?.label}`,
    );
    return `• *${roleName(playbook, role)}*: ${seats.join(' · ')}`;
  });
  const bands = stages
    .map((stage) => `${playbook.stages[stage].name} ${bandOf(playbook.stages[stage]).label}`)
    .join(' · ');
  const blocks: KnownBlock[] = [
    header(only ? `Roles at the ${playbook.stages[only].name.toLowerCase()} stage` : 'Roles by stage'),
    table,
    section(readable.join('\n')),
    section(`*Typical headcount:* ${bands}`),
  ];
  if (only) {
    const levels = [...new Set(ROLE_IDS.map((role) => playbook.roles[role].seats[only]))];
    blocks.push(
      section(
        levels.map((id) => `• *${playbook.levels[id]?.label}*: ${playbook.levels[id]?.meaning}`).join('\n'),
      ),
    );
  }
  blocks.push(
    context('Headcount bands are directional guidance from practitioner reports, not a hard benchmark.'),
  );
  return { text: `The playbook grid${only ? ` for ${playbook.stages[only].name}` : ''}: ${bands}.`, blocks };
}

export function gridUsageMessage(argument: string): SlackMessage {
  const shown = escapeUserText(truncate(argument, 40));
  const text = `There is no stage called "${shown}". Try \`${COMMAND} grid\`, or one of: ${STAGE_IDS.map((s) => `\`${s}\``).join(', ')}.`;
  return { text, blocks: [section(text)] };
}

export function planUsageMessage(argument: string): SlackMessage {
  const shown = escapeUserText(truncate(argument, 40));
  const text = `\`${COMMAND} plan\` takes nothing or \`export\`, not "${shown}". Try \`${COMMAND} plan\` for the plan by DM, or \`${COMMAND} plan export\` for it as files.`;
  return { text, blocks: [section(text)] };
}

export function rolesMessage(playbook: Playbook): SlackMessage {
  const roles = ROLE_IDS.map((role) => `• *${roleName(playbook, role)}*: ${playbook.roles[role].owns}`);
  const half = Math.ceil(roles.length / 2);
  return {
    text: 'What each seat on an AI team owns.',
    blocks: [
      header('What each seat owns'),
      section(roles.slice(0, half).join('\n')),
      section(roles.slice(half).join('\n')),
      section(`*${AI_VS_ML_ENGINEER.question}* ${AI_VS_ML_ENGINEER.answer}`),
      context(`_"${AI_VS_ML_ENGINEER.quote}"_ (${AI_VS_ML_ENGINEER.source})`),
    ],
  };
}

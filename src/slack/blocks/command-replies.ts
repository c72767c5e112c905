import type { KnownBlock } from '@slack/types';
import { bandOf, type Playbook, ROLE_IDS, STAGE_IDS, type StageId } from '../../advisor/index.js';
import { playbookGridRows } from '../../render/grid-document.js';
import { escapeUserText, truncate } from './escape.js';
import type { SlackMessage } from './limits.js';
import { context, header, section, tableBlock } from './text.js';

export const COMMAND = '/aiteam';

/** Subcommands, with what they do; `help` lists them all. */
export const SUBCOMMANDS: { usage: string; does: string }[] = [
  {
    usage: '',
    does: 'Open the questionnaire about your team; the advice is posted here, with details in a thread.',
  },
  {
    usage: 'grid [pilot|production|scale]',
    does: "The playbook's grid: each role's seat at each stage, and headcount bands.",
  },
  { usage: 'roles', does: 'What each seat owns, and how an AI engineer differs from an ML engineer.' },
  {
    usage: 'history',
    does: "This channel's assessments over time: stage, headcount, gaps and stall points.",
  },
  { usage: 'help', does: 'This list.' },
];

export function helpMessage(): SlackMessage {
  const lines = SUBCOMMANDS.map(({ usage, does }) => `• \`${COMMAND}${usage ? ` ${usage}` : ''}\`: ${does}`);
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
      context(
        'The advice follows a staffing playbook drawn from a16z, McKinsey, IDC and Gartner research; each claim names its source.',
      ),
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
    return `• *${playbook.roles[role].name}*: ${seats.join(' · ')}`;
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

export function rolesMessage(playbook: Playbook): SlackMessage {
  const roles = ROLE_IDS.map((role) => `• *${playbook.roles[role].name}*: ${playbook.roles[role].owns}`);
  const half = Math.ceil(roles.length / 2);
  return {
    text: 'What each seat on an AI team owns.',
    blocks: [
      header('What each seat owns'),
      section(roles.slice(0, half).join('\n')),
      section(roles.slice(half).join('\n')),
      section(
        '*AI engineer or ML engineer?* The AI engineer builds product on top of models someone else trained: ' +
          'APIs, evals, UX, latency and cost, often without training anything. The ML engineer trains, fine-tunes ' +
          'and deploys models. For most teams shipping LLM features the AI engineer is the first specialist hire; ' +
          'the ML engineer comes once a custom-trained model is on the table. Mixing them up means paying for ' +
          'research when the product needs shipping, or asking a model trainer to build a streaming chat UI.',
      ),
      context('_Shipping AI products takes engineers rather than researchers._ (a16z, 2023)'),
    ],
  };
}

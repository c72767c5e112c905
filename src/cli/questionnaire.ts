import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  BUILDS,
  MAX_ROLE_COUNT,
  MAX_TEAM_NAME_LENGTH,
  type Playbook,
  PRACTICE_IDS,
  ROLE_IDS,
  STAGE_IDS,
  URGENCIES,
} from '../advisor/index.js';
import { UsageError } from './usage.js';

const BUILDS_WORDS: Record<(typeof BUILDS)[number], string> = {
  foundation_apis: 'features on foundation-model APIs',
  custom_models: 'custom-trained models',
  both: 'both',
};
const URGENCY_WORDS: Record<(typeof URGENCIES)[number], string> = {
  weeks: 'within weeks',
  this_quarter: 'this quarter',
  no_rush: 'no rush',
};

/**
 * Asks for a team profile one question at a time, re-asking until each answer is usable. Prompts go to
 * `output` (stderr from the CLI) so that stdout carries only the assessment.
 */
export async function askForProfile(input: Readable, output: Writable, playbook: Playbook): Promise<unknown> {
  const reader = createInterface({ input, terminal: false });
  // Reading through the iterator buffers lines that arrive before a question is asked (piped input).
  const lines = reader[Symbol.asyncIterator]();
  const ask = async <T>(
    question: string,
    parse: (answer: string) => T | undefined,
    problem: string,
  ): Promise<T> => {
    for (;;) {
      output.write(`${question} `);
      const next = await lines.next();
      if (next.done) throw new UsageError('the input ended before every question was answered.');
      const value = parse(String(next.value).trim());
      if (value !== undefined) return value;
      output.write(`  ${problem}\n`);
    }
  };
  const choose = <T extends string>(
    question: string,
    options: readonly T[],
    words: (option: T) => string,
  ) => {
    const menu = options.map((option, index) => `  ${index + 1}) ${words(option)}`).join('\n');
    return ask(
      `${question}\n${menu}\n>`,
      (answer) => options[Number(answer) - 1] ?? options.find((option) => option === answer),
      `Type a number from 1 to ${options.length}.`,
    );
  };
  const yesNo = (question: string) =>
    ask(
      `${question} [y/N]`,
      (answer) => (/^(y|yes)$/i.test(answer) ? true : /^(n|no|)$/i.test(answer) ? false : undefined),
      'Answer y or n.',
    );

  try {
    output.write('Tell me about the team. Press Enter to accept the value in brackets.\n');
    const name = await ask(
      `Team name (optional, up to ${MAX_TEAM_NAME_LENGTH} characters):`,
      (answer) => (answer.length <= MAX_TEAM_NAME_LENGTH ? answer : undefined),
      `Keep it to ${MAX_TEAM_NAME_LENGTH} characters.`,
    );
    const stage = await choose('Stage:', STAGE_IDS, (id) => playbook.stages[id].name);
    const builds = await choose('What does the team build?', BUILDS, (id) => BUILDS_WORDS[id]);

    output.write(
      'How many people hold each role? Answer "in-house" or "in-house,augmented", e.g. 2 or 2,1.\n',
    );
    const roles: Record<string, { inHouse: number; augmented: number }> = {};
    for (const role of ROLE_IDS) {
      roles[role] = await ask(
        `  ${playbook.roles[role].shortName} [0]:`,
        parseCounts,
        `Give one or two whole numbers from 0 to ${MAX_ROLE_COUNT}, e.g. 2 or 2,1.`,
      );
    }
    const headingToNext =
      stage === 'scale' ? false : await yesNo('Is the team heading to the next stage soon?');
    const practices: string[] = [];
    for (const practice of PRACTICE_IDS) {
      if (await yesNo(`${playbook.practices[practice].name}?`)) practices.push(practice);
    }
    const urgency = await choose('How urgent is hiring?', URGENCIES, (id) => URGENCY_WORDS[id]);
    return { ...(name ? { name } : {}), stage, builds, roles, headingToNext, practices, urgency };
  } finally {
    reader.close();
  }
}

function parseCounts(answer: string): { inHouse: number; augmented: number } | undefined {
  const match = /^(\d+)?\s*(?:[,/ ]\s*(\d+))?$/.exec(answer);
  if (!match) return undefined;
  const inHouse = Number(match[1] ?? 0);
  const augmented = Number(match[2] ?? 0);
  return inHouse <= MAX_ROLE_COUNT && augmented <= MAX_ROLE_COUNT ? { inHouse, augmented } : undefined;
}

import { access, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { stringify } from 'yaml';
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
import { roleName } from '../content/roles.js';
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

/** Typed instead of an answer, goes back to the question before. */
const BACK = /^(<|back)$/i;

type Answers = Record<string, unknown>;

/** One question: the part it belongs to, how it is asked, and how an answer is read (undefined: ask again). */
interface Question {
  part: string;
  /** The prompt, with the default Enter accepts; `answers` are those given so far. */
  prompt(answers: Answers): string;
  read(answer: string, answers: Answers): { value: unknown } | undefined;
  problem: string;
  /** Skipped (a scale team is not heading anywhere). */
  skip?(answers: Answers): boolean;
  store(answers: Answers, value: unknown): void;
}

/**
 * Asks for a team profile one question at a time, in parts with headings, re-asking until each answer is
 * usable. Enter accepts the answer in brackets: the `initial` profile's (with --profile), or a plain default.
 * Choices take a number or a name (`prod` for production); `<` goes back a question. At the end it offers to
 * save the answers as a YAML profile, for --profile next time or a folder for `plan`. Prompts go to `output`
 * (stderr from the CLI) so that stdout carries only the assessment.
 */
export async function askForProfile(
  input: Readable,
  output: Writable,
  playbook: Playbook,
  initial: Answers = {},
): Promise<Answers> {
  const reader = createInterface({ input, terminal: false });
  // Reading through the iterator buffers lines that arrive before a question is asked (piped input).
  const lines = reader[Symbol.asyncIterator]();
  const nextLine = async (): Promise<string | undefined> => {
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  try {
    output.write(
      'Tell me about the team. Enter accepts the answer in brackets; < goes back to the question before.\n',
    );
    const questions = profileQuestions(playbook, initial);
    const answers: Answers = {};
    let part: string | undefined;
    for (let index = 0; index < questions.length; ) {
      const question = questions[index] as Question;
      if (question.skip?.(answers)) {
        index += 1;
        continue;
      }
      if (question.part !== part) {
        part = question.part;
        output.write(`\n${part}\n`);
      }
      output.write(`${question.prompt(answers)} `);
      const answer = await nextLine();
      if (answer === undefined) throw new UsageError('the input ended before every question was answered.');
      if (BACK.test(answer)) {
        index = previousIndex(questions, index, answers);
        part = undefined;
        continue;
      }
      const read = question.read(answer, answers);
      if (read === undefined) {
        output.write(`  ${question.problem}\n`);
        continue;
      }
      question.store(answers, read.value);
      index += 1;
    }
    await offerToSave(answers, output, nextLine);
    return answers;
  } finally {
    reader.close();
  }
}

function previousIndex(questions: readonly Question[], index: number, answers: Answers): number {
  for (let before = index - 1; before >= 0; before -= 1) {
    if (!questions[before]?.skip?.(answers)) return before;
  }
  return 0;
}

function profileQuestions(playbook: Playbook, initial: Answers): Question[] {
  const initialRoles = (initial.roles ?? {}) as Record<string, { inHouse?: unknown; augmented?: unknown }>;
  const initialPractices = Array.isArray(initial.practices) ? (initial.practices as unknown[]) : [];
  const parts = {
    team: 'Part 1 of 4: the team',
    roles: `Part 2 of 4: who holds each role (in-house, or in-house,augmented: 2 or 2,1)`,
    practices: 'Part 3 of 4: where the team is heading, and its practices',
    hiring: 'Part 4 of 4: hiring',
  };
  const questions: Question[] = [
    {
      part: parts.team,
      prompt: () => {
        const name = typeof initial.name === 'string' && initial.name !== '' ? ` [${initial.name}]` : '';
        return `Team name (optional, up to ${MAX_TEAM_NAME_LENGTH} characters)${name}:`;
      },
      read: (answer) => {
        const name = answer === '' && typeof initial.name === 'string' ? initial.name : answer;
        return name.length <= MAX_TEAM_NAME_LENGTH ? { value: name } : undefined;
      },
      problem: `Keep it to ${MAX_TEAM_NAME_LENGTH} characters.`,
      store: (answers, value) => {
        if (value) answers.name = value;
        else delete answers.name;
      },
    },
    choice(parts.team, 'Stage', 'stage', STAGE_IDS, (id) => playbook.stages[id].name, initial.stage, 'pilot'),
    choice(
      parts.team,
      'What does the team build?',
      'builds',
      BUILDS,
      (id) => BUILDS_WORDS[id],
      initial.builds,
      'foundation_apis',
    ),
    ...ROLE_IDS.map(
      (role): Question => ({
        part: parts.roles,
        prompt: () => `  ${roleName(playbook, role)} [${countsText(initialRoles[role])}]:`,
        read: (answer) => {
          if (answer === '') return { value: defaultCounts(initialRoles[role]) };
          const counts = parseCounts(answer);
          return counts ? { value: counts } : undefined;
        },
        problem: `Give one or two whole numbers from 0 to ${MAX_ROLE_COUNT}, e.g. 2 or 2,1.`,
        store: (answers, value) => {
          answers.roles = { ...(answers.roles as object), [role]: value };
        },
      }),
    ),
    {
      ...yesNo(
        parts.practices,
        'Is the team heading to the next stage soon?',
        initial.headingToNext === true,
      ),
      skip: (answers) => answers.stage === 'scale',
      store: (answers, value) => {
        answers.headingToNext = value;
      },
    },
    ...PRACTICE_IDS.map(
      (practice): Question => ({
        ...yesNo(
          parts.practices,
          `${playbook.practices[practice].name}?`,
          initialPractices.includes(practice),
        ),
        store: (answers, value) => {
          const others = ((answers.practices as string[] | undefined) ?? []).filter((id) => id !== practice);
          answers.practices = value ? [...others, practice] : others;
        },
      }),
    ),
    choice(
      parts.hiring,
      'How urgent is hiring?',
      'urgency',
      URGENCIES,
      (id) => URGENCY_WORDS[id],
      initial.urgency,
      'this_quarter',
    ),
  ];
  return questions;
}

/**
 * A menu answered by number, by id or name in any case, or by the start of one (`prod`); Enter takes the
 * default, the initial profile's value when it is one of the options.
 */
function choice<T extends string>(
  part: string,
  title: string,
  field: string,
  options: readonly T[],
  words: (option: T) => string,
  initial: unknown,
  fallback: T,
): Question {
  const initialOption = options.find((option) => option === String(initial ?? '').toLowerCase());
  const chosen = initialOption ?? fallback;
  const menu = options.map((option, index) => `  ${index + 1}) ${words(option)}`).join('\n');
  return {
    part,
    prompt: () => `${title} (a number or a name)\n${menu}\n[${words(chosen)}] >`,
    read: (answer) => {
      if (answer === '') return { value: chosen };
      const found = pickOption(answer, options, words);
      return found === undefined ? undefined : { value: found };
    },
    problem: `Type a number from 1 to ${options.length}. A name works too, such as ${words(options[1] ?? fallback).toLowerCase()}.`,
    store: (answers, value) => {
      answers[field] = value;
    },
  };
}

function pickOption<T extends string>(answer: string, options: readonly T[], words: (option: T) => string) {
  const byNumber = /^\d+$/.test(answer) ? options[Number(answer) - 1] : undefined;
  if (byNumber) return byNumber;
  const typed = answer.toLowerCase().replace(/[\s-]+/g, '_');
  const names = (option: T) => [
    option,
    words(option)
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  ];
  const exact = options.find((option) => names(option).includes(typed));
  if (exact) return exact;
  const starting = options.filter((option) => names(option).some((name) => name.startsWith(typed)));
  return starting.length === 1 ? starting[0] : undefined;
}

function yesNo(part: string, question: string, initial: boolean): Omit<Question, 'store'> {
  return {
    part,
    prompt: () => `${question} ${initial ? '[Y/n]' : '[y/N]'}`,
    read: (answer) => {
      if (answer === '') return { value: initial };
      if (/^(y|yes)$/i.test(answer)) return { value: true };
      if (/^(n|no)$/i.test(answer)) return { value: false };
      return undefined;
    },
    problem: 'Answer y or n.',
  };
}

function defaultCounts(initial: { inHouse?: unknown; augmented?: unknown } | undefined) {
  const count = (value: unknown) =>
    Number.isInteger(value) && (value as number) >= 0 ? (value as number) : 0;
  return { inHouse: count(initial?.inHouse), augmented: count(initial?.augmented) };
}

function countsText(initial: { inHouse?: unknown; augmented?: unknown } | undefined): string {
  const { inHouse, augmented } = defaultCounts(initial);
  return augmented > 0 ? `${inHouse},${augmented}` : String(inHouse);
}

function parseCounts(answer: string): { inHouse: number; augmented: number } | undefined {
  const match = /^(\d+)?\s*(?:[,/ ]\s*(\d+))?$/.exec(answer);
  if (!match) return undefined;
  const inHouse = Number(match[1] ?? 0);
  const augmented = Number(match[2] ?? 0);
  return inHouse <= MAX_ROLE_COUNT && augmented <= MAX_ROLE_COUNT ? { inHouse, augmented } : undefined;
}

/**
 * Offers to keep the answers as a YAML profile. Input that ends here (answers piped in) just means no; a
 * file that exists is never overwritten.
 */
async function offerToSave(
  answers: Answers,
  output: Writable,
  nextLine: () => Promise<string | undefined>,
): Promise<void> {
  output.write(
    '\nSave these answers as a YAML profile, for --profile next time or a folder for plan?\nA file name such as team.yaml, or Enter to skip: ',
  );
  for (;;) {
    const file = await nextLine();
    if (file === undefined || file === '') {
      output.write('\n');
      return;
    }
    if (await exists(file)) {
      output.write(`  ${file} exists already: give another name, or Enter to skip: `);
      continue;
    }
    try {
      await writeFile(file, profileYaml(answers), { flag: 'wx' });
      output.write(`Saved ${file}. Next time: ai-team-advisor advise --profile ${file}\n\n`);
      return;
    } catch (error) {
      output.write(
        `  Could not write ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}): another name, or Enter to skip: `,
      );
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The answers as the profile file a person would write: only roles someone holds, counts of zero left out. */
export function profileYaml(answers: Answers): string {
  const roles = Object.fromEntries(
    Object.entries((answers.roles ?? {}) as Record<string, { inHouse: number; augmented: number }>)
      .filter(([, counts]) => counts.inHouse + counts.augmented > 0)
      .map(([role, counts]) => [
        role,
        Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0)),
      ]),
  );
  const { roles: _roles, ...rest } = answers;
  return stringify({ ...rest, roles });
}

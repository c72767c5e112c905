import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestMatch } from '../advisor/field-errors.js';
import { FORMATS, type Format, UsageError } from './usage.js';

export const COMMON_OPTIONS = {
  format: { type: 'string' },
  playbook: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * node:util's parseArgs, with its errors said as every other CLI error is: what was wrong, the close match a
 * mistyped flag was probably meant to be, and where the help is.
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(
      `${argumentProblem(command, error as NodeJS.ErrnoException, options)} See "ai-team-advisor help ${command}".`,
    );
  }
}

function argumentProblem(
  command: string,
  error: NodeJS.ErrnoException,
  options: NonNullable<ParseArgsConfig['options']>,
): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const flag = quoted.split('=')[0] ?? quoted;
      const match = closestMatch(flag.replace(/^-+/, ''), Object.keys(options));
      return `${flag} is not a flag of ${command}${match === undefined ? '.' : `: did you mean --${match}?`}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = quoted.split(' ')[0] ?? quoted;
      return /argument missing/.test(error.message) ? `${flag} needs a value.` : `${flag} takes no value.`;
    }
    default:
      return `${error.message.replace(/\. To specify a positional argument.*$/s, '').replace(/\.$/, '')}.`;
  }
}

/** The --format value, in any case, from the formats this command prints. */
export function parseFormat(value: string | undefined): (typeof FORMATS)[number];
export function parseFormat<T extends Format>(value: string | undefined, allowed: readonly T[]): T;
export function parseFormat(value: string | undefined, allowed: readonly Format[] = FORMATS): Format {
  if (value === undefined) return 'text';
  return oneOf('--format', value, allowed);
}

/**
 * Checks a value against a fixed list, ignoring case (Slack's `/aiteam grid Production` works, so the CLI's
 * does too), and names the flag, the value given, the close match it was probably meant to be and the allowed
 * values when it is not on it. `what` names the value when the flag as typed holds more than it (`--role
 * ai_engneer=2` names "the role").
 */
export function oneOf<T extends string>(
  flag: string,
  value: string,
  allowed: readonly T[],
  what?: string,
): T {
  const normalised = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  const match = closestMatch(normalised, allowed);
  const guess = match === undefined ? '.' : `; did you mean ${match}?`;
  const subject = what === undefined ? `"${value}"` : `${what} "${value}"`;
  throw new UsageError(`${flag}: ${subject} is not one of: ${allowed.join(', ')}${guess}`);
}

/**
 * parseArgs keeps the last of a repeated single-value flag without a word; say so, since `--stage pilot
 * --stage scale` is more often a slip than a choice.
 */
export function warnRepeatedFlags(
  tokens: readonly { kind: string; name?: string; value?: string }[] | undefined,
  options: NonNullable<ParseArgsConfig['options']>,
  warn: (message: string) => void,
): void {
  const seen = new Map<string, string[]>();
  for (const token of tokens ?? []) {
    if (token.kind !== 'option' || token.name === undefined || options[token.name]?.multiple) continue;
    seen.set(token.name, [...(seen.get(token.name) ?? []), token.value ?? '']);
  }
  for (const [name, given] of seen) {
    if (given.length < 2) continue;
    const last = given.at(-1);
    warn(`--${name} is given ${given.length} times; using the last${last ? ` (${last})` : ''}.`);
  }
}

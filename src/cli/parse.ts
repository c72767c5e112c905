import { type ParseArgsConfig, parseArgs } from 'node:util';
import { FORMATS, type Format, UsageError } from './usage.js';

export const COMMON_OPTIONS = {
  format: { type: 'string' },
  playbook: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** node:util's parseArgs, with its errors turned into a usage message that points at the help. */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: O,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${message}. See "ai-team-advisor help ${command}".`);
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
 * does too), and names the flag, the value given and the allowed values when it is not on it.
 */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const normalised = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  throw new UsageError(`${flag} must be one of: ${allowed.join(', ')} (got "${value}").`);
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

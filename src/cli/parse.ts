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
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${message}. See "ai-team-advisor help ${command}".`);
  }
}

export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of: ${FORMATS.join(', ')} (got "${value}").`);
}

/** Checks a value against a fixed list, naming the flag and the allowed values when it is not on it. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of: ${allowed.join(', ')} (got "${value}").`);
}

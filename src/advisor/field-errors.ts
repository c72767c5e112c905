import type { z } from 'zod';

/** One problem with one field, worded for the person who typed it. */
export interface FieldError {
  /** Dotted path to the field, e.g. `roles.mlops.inHouse`; empty for the whole value. */
  path: string;
  message: string;
}

/** Raised when a profile or playbook is rejected; carries one message per field. */
export class ValidationError extends Error {
  constructor(
    readonly subject: string,
    readonly fieldErrors: FieldError[],
  ) {
    super(
      `${subject} is invalid:\n${fieldErrors.map((e) => `  ${e.path || '(whole value)'}: ${e.message}`).join('\n')}`,
    );
    this.name = 'ValidationError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * Turns zod's issues into one plain message per field. The first issue on a field wins: a person fixing a
 * form wants the most basic problem first, not a list of consequences.
 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const byPath = new Map<string, string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = formatPath([...issue.path, key]);
        if (!byPath.has(path)) byPath.set(path, 'is not a known field');
      }
      continue;
    }
    const path = formatPath(issue.path);
    if (!byPath.has(path)) byPath.set(path, describeIssue(issue));
  }
  return [...byPath].map(([path, message]) => ({ path, message }));
}

/** What zod expected, as a person writing the file or the form would say it. */
const EXPECTED_IN_WORDS: Record<string, string> = {
  object: 'a set of fields (an object)',
  array: 'a list',
  string: 'text',
  number: 'a number',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod reports the input only when it was present; an absent one means a missing field.
      if (!('input' in issue) || issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'boolean') return 'must be yes or no';
      return `must be ${EXPECTED_IN_WORDS[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value': {
      const options = issue.values.map(String).join(', ');
      return 'input' in issue && issue.input !== undefined
        ? `must be one of: ${options}`
        : `is required (one of: ${options})`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `must be at most ${issue.maximum} characters`
        : `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      }
      return `must be at least ${issue.minimum}`;
    default:
      return issue.message;
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Parses with zod and reports one message per field instead of throwing. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validated<z.output<S>> {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}

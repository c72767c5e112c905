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
 * form wants the most basic problem first, not a list of consequences. Given the schema, an unknown field
 * names the close match it was probably meant to be ("urgncy: ... did you mean urgency?") and the fields
 * that are known there, and a required field that misspelling stands for is not reported a second time.
 */
export function toFieldErrors(error: z.ZodError, schema?: z.ZodType): FieldError[] {
  const byPath = new Map<string, string>();
  /** Fields an unknown key was taken for: their "is required" would say the same thing again. */
  const meant = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = schema ? knownKeysAt(schema, issue.path) : [];
      for (const key of issue.keys) {
        const path = formatPath([...issue.path, key]);
        const match = closestMatch(key, known);
        if (match !== undefined) meant.add(formatPath([...issue.path, match]));
        if (!byPath.has(path)) byPath.set(path, unknownFieldMessage(match, known));
      }
      continue;
    }
    const path = formatPath(issue.path);
    if (!byPath.has(path)) byPath.set(path, describeIssue(issue, schema));
  }
  const missing = (path: string, message: string) => meant.has(path) && message.startsWith('is required');
  return [...byPath]
    .filter(([path, message]) => !missing(path, message))
    .map(([path, message]) => ({ path, message }));
}

function unknownFieldMessage(match: string | undefined, known: readonly string[]): string {
  if (match !== undefined) return `is not a known field: did you mean ${match}?`;
  return known.length > 0 ? `is not a known field (known here: ${known.join(', ')})` : 'is not a known field';
}

/**
 * The candidate a mistyped word most likely meant: the same word in another case or with `-` for `_`, the
 * one candidate it begins (`prod` for production), or the nearest within a small edit distance (a letter
 * missing, added, changed or two swapped, about one in three letters at most). None when nothing is close.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/[-\s]/g, '_');
  const typed = plain(word);
  if (typed === '') return undefined;
  const starts = candidates.filter((candidate) => typed.length >= 3 && plain(candidate).startsWith(typed));
  if (starts.length === 1) return starts[0];
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(typed, plain(candidate));
    const limit = Math.max(1, Math.floor(Math.max(typed.length, candidate.length) / 3));
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      (rows[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

/** The object schema found at `path` inside `schema`, through defaults, optionals and pipes; none if not one. */
function objectShapeAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): Record<string, z.ZodType> | undefined {
  let current: z.ZodType | undefined = schema;
  let remaining = [...path];
  for (let guard = 0; current !== undefined && guard < 100; guard += 1) {
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      innerType?: z.ZodType;
      in?: z.ZodType;
      out?: z.ZodType;
    };
    if (def.innerType) {
      current = def.innerType;
      continue;
    }
    if (def.type === 'pipe') {
      // A preprocess pipes a transform into the real schema; a pipe from a real schema reads as its input.
      current = def.in?._zod.def.type === 'transform' ? def.out : def.in;
      continue;
    }
    if (def.type !== 'object' || !def.shape) return undefined;
    if (remaining.length === 0) return def.shape;
    const [next, ...rest] = remaining;
    current = def.shape[String(next)];
    remaining = rest;
  }
  return undefined;
}

/** The fields an object at `path` takes, in the schema's order; none when there is no object there. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return Object.keys(objectShapeAt(schema, path) ?? {});
}

/** What zod expected, as a person writing the file or the form would say it. */
const EXPECTED_IN_WORDS: Record<string, string> = {
  object: 'a set of fields (an object)',
  array: 'a list',
  string: 'text',
  number: 'a number',
};

function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod reports the input only when it was present; an absent one means a missing field.
      if (!('input' in issue) || issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'boolean') return 'must be yes or no';
      if (issue.expected === 'object' && schema) {
        const keys = knownKeysAt(schema, issue.path);
        if (keys[0] !== undefined && typeof issue.input === 'number') {
          return `must be a set of fields, such as { ${keys[0]}: ${issue.input} }`;
        }
        if (keys.length > 0) return `must be a set of fields (an object) with: ${keys.join(', ')}`;
      }
      return `must be ${EXPECTED_IN_WORDS[issue.expected] ?? `a ${issue.expected}`}`;
    case 'invalid_value': {
      const options = issue.values.map(String).join(', ');
      if (!('input' in issue) || issue.input === undefined) return `is required (one of: ${options})`;
      const match =
        typeof issue.input === 'string' ? closestMatch(issue.input, issue.values.map(String)) : undefined;
      return `must be one of: ${options}${match === undefined ? '' : `; did you mean ${match}?`}`;
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
    : { ok: false, errors: toFieldErrors(result.error, schema) };
}

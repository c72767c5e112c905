import {
  PRACTICE_IDS,
  ROLE_IDS,
  type RoleId,
  type TeamProfile,
  teamProfileSchema,
  validate,
} from '../advisor/index.js';
import { oneOf } from './parse.js';
import type { ProfileFile } from './profile-file.js';
import { UsageError } from './usage.js';

export interface ProfileFlags {
  stage?: string;
  builds?: string;
  urgency?: string;
  name?: string;
  role?: string[];
  augmented?: string[];
  practice?: string[];
  'heading-to-next'?: boolean;
}

export const PROFILE_OPTIONS = {
  stage: { type: 'string' },
  builds: { type: 'string' },
  urgency: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string', multiple: true },
  augmented: { type: 'string', multiple: true },
  practice: { type: 'string', multiple: true },
  'heading-to-next': { type: 'boolean' },
} as const;

export function hasProfileFlags(flags: ProfileFlags): boolean {
  return Object.keys(PROFILE_OPTIONS).some((key) => flags[key as keyof ProfileFlags] !== undefined);
}

type Draft = Record<string, unknown> & { roles?: Record<string, Record<string, unknown>> };

/** A profile assembled from a file and flags, and which flag set each field (as typed), for error messages. */
export interface ProfileDraft {
  draft: Draft;
  /** Field path (`roles.mlops.inHouse`) → the flag that set it (`--role mlops=-1`). */
  fromFlags: Map<string, string>;
}

const CHOICE_FIELDS = ['stage', 'builds', 'urgency'] as const;

/**
 * Stage, builds, urgency and practices in any case, as Slack takes them (`grid Production`), whether they came
 * from flags or a file; everything else is left for the schema to judge.
 */
export function normaliseChoices(data: Draft): Draft {
  const draft: Draft = { ...data };
  for (const field of CHOICE_FIELDS) {
    const value = draft[field];
    if (typeof value === 'string') draft[field] = value.trim().toLowerCase();
  }
  if (Array.isArray(draft.practices)) {
    draft.practices = draft.practices.map((value) =>
      typeof value === 'string' ? value.trim().toLowerCase() : value,
    );
  }
  return draft;
}

/** Lays the flags over a base profile (from a file, or empty): a flag given wins over the file. */
export function applyProfileFlags(
  base: Draft,
  flags: ProfileFlags,
  warn: (message: string) => void,
): ProfileDraft {
  const draft: Draft = { ...base };
  const fromFlags = new Map<string, string>();
  for (const field of CHOICE_FIELDS) {
    const value = flags[field];
    if (value === undefined) continue;
    draft[field] = value;
    fromFlags.set(field, `--${field} ${value}`);
  }
  if (flags.name !== undefined) {
    draft.name = flags.name;
    fromFlags.set('name', '--name');
  }
  if (flags['heading-to-next']) draft.headingToNext = true;
  if (flags.practice) {
    draft.practices = flags.practice
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '')
      .map((value) => oneOf('--practice', value, PRACTICE_IDS));
  }
  for (const [flag, field] of [
    ['role', 'inHouse'],
    ['augmented', 'augmented'],
  ] as const) {
    const given = new Map<RoleId, string>();
    for (const assignment of flags[flag] ?? []) {
      const { role, count } = parseRoleAssignment(`--${flag}`, assignment);
      const earlier = given.get(role);
      if (earlier !== undefined) {
        warn(
          `--${flag} ${role} is given more than once (${earlier}, then ${assignment}); using ${assignment}.`,
        );
      }
      given.set(role, assignment);
      draft.roles = { ...draft.roles, [role]: { ...draft.roles?.[role], [field]: count } };
      fromFlags.set(`roles.${role}.${field}`, `--${flag} ${assignment}`);
    }
  }
  return { draft, fromFlags };
}

function parseRoleAssignment(flag: string, assignment: string): { role: RoleId; count: number } {
  const match = /^([^=]+)=(.*)$/.exec(assignment);
  if (!match?.[1] || match[2] === undefined) {
    throw new UsageError(`${flag} takes ROLE=N, e.g. ${flag} ai_engineer=2 (got "${assignment}").`);
  }
  const role = oneOf(`${flag} ${assignment}`, match[1], ROLE_IDS, 'the role');
  const text = match[2].trim();
  if (!/^-?\d+$/.test(text)) {
    throw new UsageError(
      `${flag} ${assignment}: the number of people must be a whole number from 0 to 500 (got "${text}").`,
    );
  }
  return { role, count: Number(text) };
}

const FLAG_BY_FIELD: Record<string, string> = {
  stage: '--stage',
  builds: '--builds',
  urgency: '--urgency',
  name: '--name',
  headingToNext: '--heading-to-next',
  practices: '--practice',
};

/**
 * Validates the merged profile. Each problem is named where the value came from: the flag as typed, or the
 * file and the line the field is on, in the order of the file's lines; a field missing altogether is named by
 * the flag that would set it, after those.
 */
export function profileFromDraft(
  { draft, fromFlags }: ProfileDraft,
  file: ProfileFile | undefined,
): TeamProfile {
  const { assessedAt: _date, ...profileFields } = draft;
  const result = validate(teamProfileSchema, normaliseChoices(profileFields));
  if (result.ok) return result.value;
  const lines = result.errors.map(({ path, message }) => {
    const flag = fromFlags.get(path);
    if (flag) return { line: 0, text: `  ${flag}: ${message}` };
    const top = path.split(/[.[]/)[0] ?? '';
    if (file && top in file.data) {
      const line = file.lineOf(path);
      return { line: line ?? 0, text: `  ${file.name}${line ? ` line ${line}` : ''}, ${path}: ${message}` };
    }
    const missingFlag = FLAG_BY_FIELD[path] ?? (path || 'the profile');
    const text = `  ${missingFlag}${file ? ` (or "${path}" in ${file.name})` : ''}: ${message}`;
    return { line: Number.POSITIVE_INFINITY, text };
  });
  throw new UsageError(`the team profile is invalid:\n${inLineOrder(lines).join('\n')}`);
}

/** Problems sorted by the line they are on (a stable sort: those on one line keep the schema's order). */
export function inLineOrder(problems: readonly { line: number; text: string }[]): string[] {
  return [...problems].sort((a, b) => a.line - b.line).map((problem) => problem.text);
}

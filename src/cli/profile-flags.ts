import {
  type FieldError,
  PRACTICE_IDS,
  ROLE_IDS,
  type RoleId,
  type TeamProfile,
  teamProfileSchema,
  validate,
} from '../advisor/index.js';
import { oneOf } from './parse.js';
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

/** Lays the flags over a base profile (from --profile, or empty): a flag given wins over the file. */
export function applyProfileFlags(base: Draft, flags: ProfileFlags): Draft {
  const draft: Draft = { ...base };
  if (flags.stage !== undefined) draft.stage = flags.stage;
  if (flags.builds !== undefined) draft.builds = flags.builds;
  if (flags.urgency !== undefined) draft.urgency = flags.urgency;
  if (flags.name !== undefined) draft.name = flags.name;
  if (flags['heading-to-next']) draft.headingToNext = true;
  if (flags.practice) {
    draft.practices = flags.practice.flatMap((value) => value.split(',')).map((value) => value.trim());
  }
  for (const [flag, field] of [
    ['role', 'inHouse'],
    ['augmented', 'augmented'],
  ] as const) {
    for (const assignment of flags[flag] ?? []) {
      const { role, count } = parseRoleAssignment(`--${flag}`, assignment);
      draft.roles = { ...draft.roles, [role]: { ...draft.roles?.[role], [field]: count } };
    }
  }
  return draft;
}

function parseRoleAssignment(flag: string, assignment: string): { role: RoleId; count: number } {
  const match = /^([^=]+)=(.*)$/.exec(assignment);
  if (!match?.[1] || match[2] === undefined) {
    throw new UsageError(`${flag} takes ROLE=N, e.g. ${flag} ai_engineer=2 (got "${assignment}").`);
  }
  const role = oneOf(`${flag} role`, match[1].trim(), ROLE_IDS);
  const text = match[2].trim();
  if (!/^-?\d+$/.test(text)) {
    throw new UsageError(`${flag} ${role}= must be a whole number from 0 to 500 (got "${text}").`);
  }
  return { role, count: Number(text) };
}

/** Validates the merged profile; problems are named by the flag (or file field) that set them. */
export function profileFromDraft(draft: Draft, source: string | undefined): TeamProfile {
  const result = validate(teamProfileSchema, draft);
  if (result.ok) return result.value;
  const lines = result.errors.map((error) => `  ${flagFor(error, source)}: ${error.message}`);
  throw new UsageError(`the team profile is invalid:\n${lines.join('\n')}`);
}

const FLAG_BY_FIELD: Record<string, string> = {
  stage: '--stage',
  builds: '--builds',
  urgency: '--urgency',
  name: '--name',
  headingToNext: '--heading-to-next',
};

function flagFor(error: FieldError, source: string | undefined): string {
  const inFile = source ? ` (or ${source}: ${error.path || 'the whole file'})` : '';
  const direct = FLAG_BY_FIELD[error.path];
  if (direct) return `${direct}${inFile}`;
  if (error.path.startsWith('practices')) {
    return `--practice${inFile} (one of ${PRACTICE_IDS.join(', ')})`;
  }
  const role = /^roles\.([^.]+)(?:\.(inHouse|augmented))?$/.exec(error.path);
  if (role) {
    const flag = role[2] === 'augmented' ? '--augmented' : '--role';
    return `${flag} ${role[1]}${inFile}`;
  }
  return source ? `${source}: ${error.path || 'the whole file'}` : error.path || 'the profile';
}

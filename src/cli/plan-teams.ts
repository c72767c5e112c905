import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { type TeamOnRecord, teamProfileSchema, validate } from '../advisor/index.js';
import { readFailure } from '../config/read-failure.js';
import type { CliIo } from './io.js';
import { type ParsedText, parseText } from './profile-file.js';
import { inLineOrder, normaliseChoices } from './profile-flags.js';
import { UsageError } from './usage.js';

const PROFILE_FILE = /\.(json|ya?ml)$/i;
/** Far more teams than any company runs; a guard against pointing the CLI at the wrong folder. */
export const MAX_PLAN_TEAMS = 10_000;

/** The teams `plan` read, what it could not read, and the teams it counted once though given twice. */
export interface PlanTeamsRead {
  teams: TeamOnRecord[];
  /** One line per problem, each naming its file (and entry), line and field, in file and line order. */
  problems: string[];
  /** The files or entries left out because of those problems. */
  leftOut: string[];
  /** One line per team given more than once: where, and which copy counts. */
  duplicates: string[];
}

/**
 * The teams for `plan`, from each path in turn: a folder (its .json, .yaml and .yml files, by name), a file
 * holding one profile or a list of them, or `-` for a list on standard input. A list entry is a profile, or
 * `{ profile, assessedAt }`. Every file is read, whatever is wrong with another, so one run names every
 * problem. A team's date is its `assessedAt` (in the wrapper, or beside the profile's fields), else the
 * file's last change, never after `asOf`; a team piped in without one is assessed as of `asOf`.
 */
export async function readPlanTeams(paths: readonly string[], io: CliIo, asOf: Date): Promise<PlanTeamsRead> {
  const read: PlanTeamsRead = { teams: [], problems: [], leftOut: [], duplicates: [] };
  for (const given of paths) {
    for (const file of await filesAt(given)) {
      // Errors name the path as given, so it can be opened; the plan names a team by its file's name.
      const path = file === '-' ? 'standard input' : file;
      const label = file === '-' ? 'standard input' : basename(file);
      let parsed: ParsedText;
      let changed: Date;
      try {
        const source = await readSource(file, io, asOf);
        parsed = parseText(source.content, path);
        changed = source.changed;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        read.problems.push(`  ${error.message}`);
        read.leftOut.push(path);
        continue;
      }
      const list = Array.isArray(parsed.data);
      const entries: unknown[] = list ? (parsed.data as unknown[]) : [parsed.data];
      entries.forEach((entry, index) => {
        const entryName = (name: string) => (list ? `${name} [${index + 1}]` : name);
        const at = list ? `[${index}]` : '';
        const record = toRecord(entry, { where: entryName(path), at, parsed, changed, asOf });
        if ('problems' in record) {
          read.problems.push(...record.problems);
          read.leftOut.push(entryName(path));
        } else {
          read.teams.push({ ...record, id: `${file}#${index}`, source: entryName(label) });
        }
      });
      if (read.teams.length > MAX_PLAN_TEAMS) {
        throw new UsageError(`plan reads at most ${MAX_PLAN_TEAMS} teams; ${given} holds more.`);
      }
    }
  }
  return countOnce(read);
}

/**
 * A team given twice, by the same name (in any case) or as the same unnamed profile, counts once: the copy
 * assessed last, or the first given when they tie. Each is named in a warning, so nothing goes silently.
 */
function countOnce(read: PlanTeamsRead): PlanTeamsRead {
  const groups = new Map<string, TeamOnRecord[]>();
  for (const team of read.teams) {
    const key = team.profile.name
      ? `name:${team.profile.name.toLowerCase()}`
      : `same:${JSON.stringify(team.profile)}`;
    groups.set(key, [...(groups.get(key) ?? []), team]);
  }
  const kept = new Set<TeamOnRecord>();
  const duplicates: string[] = [];
  for (const copies of groups.values()) {
    const chosen = copies.reduce((best, team) =>
      team.assessedAt.getTime() > best.assessedAt.getTime() ? team : best,
    );
    kept.add(chosen);
    if (copies.length < 2) continue;
    const what = chosen.profile.name ? `"${chosen.profile.name}"` : 'the same unnamed team';
    const whence = copies.every((team) => team.assessedAt.getTime() === chosen.assessedAt.getTime())
      ? 'the first given'
      : 'the latest assessment';
    duplicates.push(
      `${what} is given ${copies.length} times (${copies.map((team) => team.source).join(', ')}); counted once, from ${chosen.source} (${whence}).`,
    );
  }
  return { ...read, teams: read.teams.filter((team) => kept.has(team)), duplicates };
}

async function filesAt(path: string): Promise<string[]> {
  if (path === '-') return ['-'];
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${readFailure(error)}.`);
  }
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => PROFILE_FILE.test(name)).sort();
  if (names.length === 0) throw new UsageError(`${path} holds no .json, .yaml or .yml profile.`);
  return names.map((name) => join(path, name));
}

/** A file's text and when it last changed (standard input: `asOf`, as nothing says otherwise). */
async function readSource(file: string, io: CliIo, asOf: Date): Promise<{ content: string; changed: Date }> {
  try {
    if (file === '-') return { content: await text(io.stdin), changed: asOf };
    const [content, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { content, changed: info.mtime };
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${readFailure(error)}.`);
  }
}

interface EntryContext {
  /** How the entry is named: `teams.json [2]`, or the file name for a file of one profile. */
  where: string;
  /** The entry's path in the file's data: `[1]`, or empty for a file of one profile. */
  at: string;
  parsed: ParsedText;
  changed: Date;
  asOf: Date;
}

type Entry = Omit<TeamOnRecord, 'id' | 'source'> | { problems: string[] };

function toRecord(entry: unknown, context: EntryContext): Entry {
  const { where, at, parsed } = context;
  const lineOf = (path: string) => parsed.lineOf(path);
  const say = (path: string, message: string) => {
    const line = lineOf(path);
    return `  ${where}${line ? ` line ${line}` : ''}: ${message}`;
  };
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return {
      problems: [say(at, 'must be a team profile (an object with stage, builds, urgency, roles, ...)')],
    };
  }
  const wrapped = 'profile' in entry;
  const {
    profile: raw,
    assessedAt: wrapperDate,
    ...rest
  } = wrapped
    ? (entry as { profile: unknown; assessedAt?: unknown })
    : { profile: entry, assessedAt: undefined };
  if (wrapped && Object.keys(rest).length > 0) {
    const field = Object.keys(rest)[0] as string;
    return {
      problems: [say(`${at}.${field}`, `${field} is not a known field beside "profile" (only "assessedAt")`)],
    };
  }
  const prefix = wrapped ? `${at}.profile` : at;
  const { assessedAt: innerDate, ...fields } =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : { assessedAt: undefined };
  const dateAt = wrapperDate === undefined ? `${prefix}.assessedAt` : `${at}.assessedAt`;
  const date = assessedAt(wrapperDate ?? innerDate, context);
  const profile = validate(
    teamProfileSchema,
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? normaliseChoices(fields) : raw,
  );
  const problems: { line: number; text: string }[] = [];
  if (typeof date === 'string') {
    problems.push({ line: lineOf(dateAt) ?? 0, text: say(dateAt, `assessedAt ${date}`) });
  }
  if (!profile.ok) {
    for (const { path, message } of profile.errors) {
      const full = path ? `${prefix}.${path}` : prefix;
      // A field left out altogether has no line of its own: it is named after those that do.
      const top = path.split(/[.[]/)[0] ?? '';
      const line = top === '' || top in fields ? lineOf(full) : undefined;
      problems.push({
        line: line ?? Number.POSITIVE_INFINITY,
        text: `  ${where}${line ? ` line ${line}` : ''}, ${path || 'profile'}: ${message}`,
      });
    }
  }
  if (!profile.ok || typeof date === 'string') return { problems: inLineOrder(problems) };
  return {
    profile: profile.value,
    channelId: null,
    assessedAt: date,
  };
}

/** When the team was assessed, or what is wrong with the date it gives. */
function assessedAt(value: unknown, { changed, asOf }: EntryContext): Date | string {
  if (value === undefined) return changed.getTime() > asOf.getTime() ? asOf : changed;
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    return `must be a date such as 2026-09-30 (got ${JSON.stringify(value)})`;
  }
  if (date.getTime() > asOf.getTime()) {
    return `${date.toISOString().slice(0, 10)} is after the plan's date (${asOf.toISOString().slice(0, 10)}); give --as-of a later date`;
  }
  return date;
}

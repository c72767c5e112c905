import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { text } from 'node:stream/consumers';
import { parse as parseYaml } from 'yaml';
import { type TeamOnRecord, teamProfileSchema, validate } from '../advisor/index.js';
import { readFailure } from '../config/read-failure.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';

const PROFILE_FILE = /\.(json|ya?ml)$/i;
/** Far more teams than any company runs; a guard against pointing the CLI at the wrong folder. */
export const MAX_PLAN_TEAMS = 10_000;

/**
 * The teams for `plan`, from each path in turn: a folder (its .json, .yaml and .yml files, by name), a file
 * holding one profile or a list of them, or `-` for a list on standard input. A list entry is a profile, or
 * `{ profile, assessedAt }` to say when the team was assessed (default: `asOf`, so it is not stale).
 */
export async function readPlanTeams(
  paths: readonly string[],
  io: CliIo,
  asOf: Date,
): Promise<TeamOnRecord[]> {
  const teams: TeamOnRecord[] = [];
  for (const path of paths) {
    for (const file of await filesAt(path)) {
      const content = await readContent(file, io);
      const data = parseContent(content, file === '-' ? 'standard input' : file);
      const entries = Array.isArray(data) ? data : [data];
      const label = file === '-' ? 'standard input' : basename(file);
      entries.forEach((entry, index) => {
        const where = Array.isArray(data) ? `${label} [${index + 1}]` : label;
        teams.push(toRecord(entry, where, `${file}#${index}`, asOf));
      });
      if (teams.length > MAX_PLAN_TEAMS) {
        throw new UsageError(`plan reads at most ${MAX_PLAN_TEAMS} teams; ${path} holds more.`);
      }
    }
  }
  const ids = new Set<string>();
  for (const team of teams) {
    if (ids.has(team.id)) throw new UsageError(`${team.source} is given twice.`);
    ids.add(team.id);
  }
  return teams;
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

async function readContent(file: string, io: CliIo): Promise<string> {
  try {
    return file === '-' ? await text(io.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${readFailure(error)}.`);
  }
}

function parseContent(content: string, name: string): unknown {
  if (content.trim() === '') throw new UsageError(`${name} is empty.`);
  try {
    return name.toLowerCase().endsWith('.json') ? JSON.parse(content) : parseYaml(content);
  } catch (error) {
    const kind = name.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML or JSON';
    throw new UsageError(`${name} is not valid ${kind}: ${(error as Error).message.split('\n')[0]}`);
  }
}

function toRecord(entry: unknown, where: string, id: string, asOf: Date): TeamOnRecord {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new UsageError(
      `${where} must be a team profile (an object with stage, builds, urgency, roles, ...).`,
    );
  }
  const wrapped = 'profile' in entry;
  const {
    profile: raw,
    assessedAt: rawDate,
    ...rest
  } = wrapped
    ? (entry as { profile: unknown; assessedAt?: unknown })
    : { profile: entry, assessedAt: undefined };
  if (wrapped && Object.keys(rest).length > 0) {
    throw new UsageError(
      `${where}: unknown field "${Object.keys(rest)[0]}" beside "profile" (only "assessedAt").`,
    );
  }
  const profile = validate(teamProfileSchema, raw);
  if (!profile.ok) {
    const lines = profile.errors.map(({ path, message }) => `  ${where}, ${path || 'profile'}: ${message}`);
    throw new UsageError(`a team profile is invalid:\n${lines.join('\n')}`);
  }
  return {
    id,
    profile: profile.value,
    channelId: null,
    source: where,
    assessedAt: assessedAt(rawDate, where, asOf),
  };
}

function assessedAt(value: unknown, where: string, asOf: Date): Date {
  if (value === undefined) return asOf;
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(
      `${where}: assessedAt must be a date such as 2026-09-30 (got ${JSON.stringify(value)}).`,
    );
  }
  if (date.getTime() > asOf.getTime()) {
    throw new UsageError(`${where}: assessedAt ${date.toISOString().slice(0, 10)} is after the plan's date.`);
  }
  return date;
}

import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { LineCounter, parseDocument } from 'yaml';
import { readFailure } from '../config/read-failure.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';

/** A profile as read from a file or standard input, and where each of its fields sits in that text. */
export interface ProfileFile {
  /** The path, or "standard input": how errors name it. */
  name: string;
  data: Record<string, unknown>;
  /** The line a field (`roles.mlops.inHouse`, `practices[1]`) is written on, or its nearest parent's. */
  lineOf(path: string): number | undefined;
}

/** Reads a JSON or YAML profile: `-` is standard input. */
export async function readProfileFile(path: string, io: CliIo): Promise<ProfileFile> {
  const name = path === '-' ? 'standard input' : path;
  let content: string;
  try {
    content = path === '-' ? await text(io.stdin) : await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--profile: cannot read ${name}: ${readFailure(error)}.`);
  }
  return parseProfile(content, name);
}

/**
 * A profile's text, named in errors as `name` (a path, or "standard input" when piped in without --profile).
 * JSON when the file says so (a .json name, or text starting with `{`), read strictly; YAML otherwise. YAML
 * reads JSON too, so both are also parsed as YAML to find the line each field is on.
 */
export function parseProfile(content: string, name: string): ProfileFile {
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false });
  let data: unknown;
  if (name.toLowerCase().endsWith('.json') || content.trimStart().startsWith('{')) {
    try {
      data = JSON.parse(content);
    } catch (error) {
      throw new UsageError(`${name} is not valid JSON: ${(error as Error).message}`);
    }
  } else {
    const [problem] = doc.errors;
    if (problem) {
      const at = lines.linePos(problem.pos[0]).line;
      throw new UsageError(`${name} line ${at} is not valid YAML: ${problem.message.split('\n')[0]}`);
    }
    data = doc.toJS();
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(
      `${name} must hold the team's profile as an object (stage, builds, urgency, roles, ...).`,
    );
  }
  return {
    name,
    data: data as Record<string, unknown>,
    lineOf(path) {
      if (doc.errors.length > 0) return undefined;
      const segments = pathSegments(path);
      for (let length = segments.length; length > 0; length -= 1) {
        const node = doc.getIn(segments.slice(0, length), true) as
          | { range?: [number, number, number] }
          | undefined;
        if (node?.range) return lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** `roles.mlops.inHouse` → ['roles', 'mlops', 'inHouse']; `practices[1]` → ['practices', 1]. */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] as string) : Number(match[2]),
  );
}

import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { LineCounter, parseDocument } from 'yaml';
import { readFailure } from '../config/read-failure.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';

/** JSON or YAML text as read, and where each of its values sits in that text. */
export interface ParsedText {
  /** The path, or "standard input": how errors name it. */
  name: string;
  data: unknown;
  /** The line a value (`roles.mlops.inHouse`, `[2].profile.stage`) is written on, or its nearest parent's. */
  lineOf(path: string): number | undefined;
}

/** A profile as read from a file or standard input: text holding one object. */
export interface ProfileFile extends ParsedText {
  data: Record<string, unknown>;
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

/** A profile's text, which must hold one object (stage, builds, ...). */
export function parseProfile(content: string, name: string): ProfileFile {
  const parsed = parseText(content, name);
  const { data } = parsed;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(
      `${name} must hold the team's profile as an object (stage, builds, urgency, roles, ...).`,
    );
  }
  return { ...parsed, data: data as Record<string, unknown> };
}

/**
 * JSON or YAML text, named in errors as `name` (a path, or "standard input"). JSON when the file says so (a
 * .json name, or text starting with `{` or `[`), read strictly; YAML otherwise. Either way a mistake in the
 * text is named by its line. YAML reads JSON too, so both are also parsed as YAML to find the line each value
 * is on.
 */
export function parseText(content: string, name: string): ParsedText {
  if (content.trim() === '') throw new UsageError(`${name} is empty.`);
  const lines = new LineCounter();
  const doc = parseDocument(content, { lineCounter: lines, prettyErrors: false });
  let data: unknown;
  if (isJson(content, name)) {
    try {
      data = JSON.parse(content);
    } catch (error) {
      const at = lines.linePos(jsonErrorOffset(content)).line;
      throw new UsageError(`${name} line ${at}: not valid JSON: ${jsonProblem(error)}.`);
    }
  } else {
    const [problem] = doc.errors;
    if (problem) {
      const at = lines.linePos(problem.pos[0]).line;
      throw new UsageError(`${name} line ${at}: not valid YAML: ${yamlProblem(problem.message)}.`);
    }
    data = doc.toJS();
  }
  return {
    name,
    data,
    lineOf(path) {
      if (doc.errors.length > 0) return undefined;
      const segments = pathSegments(path);
      for (let length = segments.length; length >= 0; length -= 1) {
        const node = (length === 0 ? doc.contents : doc.getIn(segments.slice(0, length), true)) as
          | { range?: [number, number, number] }
          | null
          | undefined;
        if (node?.range) return lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

function isJson(content: string, name: string): boolean {
  return name.toLowerCase().endsWith('.json') || /^[{[]/.test(content.trimStart());
}

/**
 * Where JSON.parse gave up, found the same way on every Node version (Node 20 does not always say): the
 * shortest start of the text that fails for a reason other than ending too soon ends at the mistake.
 */
function jsonErrorOffset(content: string): number {
  const failsBeforeItsEnd = (length: number): boolean => {
    try {
      JSON.parse(content.slice(0, length));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      if (/end of JSON input|Unterminated string/i.test(message)) return false;
      const position = /at position (\d+)/.exec(message)?.[1];
      return position === undefined || Number(position) < length;
    }
  };
  let low = 1;
  let high = content.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsBeforeItsEnd(middle)) high = middle;
    else low = middle + 1;
  }
  return Math.max(0, Math.min(low, content.length) - 1);
}

/** JSON.parse's reason without the echo of the text or the character position: the line says where. */
function jsonProblem(error: unknown): string {
  return (error as Error).message
    .replace(/, "[\s\S]*" is not valid JSON$/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\.$/, '');
}

/** The yaml package's reason, as a whole sentence: its own line and column are replaced by ours. */
function yamlProblem(message: string): string {
  return message
    .split('\n')[0]
    ?.replace(/ at line \d+, column \d+:?$/, '')
    .replace(/[.:]$/, '') as string;
}

/** `roles.mlops.inHouse` → ['roles', 'mlops', 'inHouse']; `[1].practices[0]` → [1, 'practices', 0]. */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] as string) : Number(match[2]),
  );
}

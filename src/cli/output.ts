import { writeFile } from 'node:fs/promises';
import { readFailure } from '../config/read-failure.js';
import type { Doc } from '../render/document.js';
import { toMarkdown } from '../render/to-markdown.js';
import { toText } from '../render/to-text.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage.js';
import { outputWidth, wrapDoc } from './wrap.js';

/** The formats every command prints; advise adds `slack` and prints it itself. */
export type DocFormat = 'text' | 'markdown' | 'json';

/** Prints a document in the chosen format; JSON prints the data the document was made from. */
export function formatOutput(format: DocFormat, doc: () => Doc, data: () => unknown, io: CliIo): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(data(), null, 2)}\n`;
    case 'markdown':
      return toMarkdown(doc());
    case 'text':
      return toText(wrapDoc(doc(), outputWidth(io.stdout, io.env)));
  }
}

/** Writes a command's output to `--output FILE`, or to standard output when none is given; exit code 0. */
export async function writeOutput(
  output: string | Uint8Array,
  path: string | undefined,
  io: CliIo,
): Promise<number> {
  if (path === undefined) {
    io.stdout.write(output);
    return 0;
  }
  try {
    await writeFile(path, output);
  } catch (error) {
    throw new UsageError(`--output: cannot write ${path}: ${readFailure(error)}.`);
  }
  return 0;
}

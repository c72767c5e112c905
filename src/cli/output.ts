import type { Doc } from '../render/document.js';
import { toMarkdown } from '../render/to-markdown.js';
import { toText } from '../render/to-text.js';
import type { CliIo } from './io.js';
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
      return toText(wrapDoc(doc(), outputWidth(io.stdout)));
  }
}

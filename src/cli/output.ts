import type { Doc } from '../render/document.js';
import { toMarkdown } from '../render/to-markdown.js';
import { toText } from '../render/to-text.js';
import type { Format } from './usage.js';

/** Prints a document in the chosen format; JSON prints the data the document was made from. */
export function formatOutput(format: Format, doc: () => Doc, data: () => unknown): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(data(), null, 2)}\n`;
    case 'markdown':
      return toMarkdown(doc());
    case 'text':
      return toText(doc());
  }
}

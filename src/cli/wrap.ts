import type { Doc, DocBlock } from '../render/document.js';

/** Where text output wraps when standard output is not a terminal (a file, a pipe, CI logs). */
export const DEFAULT_WIDTH = 100;

/** toText indents a list item's continuation lines by this much ("- " before the first). */
const LIST_INDENT = 2;

/**
 * Wraps a document's prose to `width` columns before it is printed as text: paragraphs and list items are
 * broken at spaces into lines the text writer then indents. Headings and tables are left alone: a table
 * broken mid-row stops being a table.
 */
export function wrapDoc(doc: Doc, width: number): Doc {
  return doc.map((block): DocBlock => {
    switch (block.kind) {
      case 'paragraph':
        return { ...block, text: wrapLines(block.text, width) };
      case 'list':
        return { ...block, items: block.items.map((item) => wrapLines(item, width - LIST_INDENT)) };
      default:
        return block;
    }
  });
}

/** Each line of `text` broken at spaces so none runs past `width`; a single word longer than that stays whole. */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, Math.max(width, 20)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** The terminal's width, or DEFAULT_WIDTH when standard output is not a terminal. */
export function outputWidth(stdout: { isTTY?: boolean; columns?: number }): number {
  return stdout.isTTY && stdout.columns ? stdout.columns : DEFAULT_WIDTH;
}

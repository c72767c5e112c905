import type { Doc, DocBlock } from '../render/document.js';

/** Where text output wraps when standard output is not a terminal (a file, a pipe, CI logs). */
export const DEFAULT_WIDTH = 100;

/** toText indents a list item's continuation lines by this much ("- " before the first). */
const LIST_INDENT = 2;

/**
 * Wraps a document's prose to `width` columns before it is printed as text: paragraphs and list items are
 * broken at spaces into lines the text writer then indents. A table too wide keeps its rows and breaks its
 * cells inside their columns. Headings are left alone.
 */
export function wrapDoc(doc: Doc, width: number): Doc {
  return doc.map((block): DocBlock => {
    switch (block.kind) {
      case 'paragraph':
        return { ...block, text: wrapLines(block.text, width) };
      case 'list':
        return { ...block, items: block.items.map((item) => wrapLines(item, width - LIST_INDENT)) };
      case 'table':
        return fitTable(block, width);
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

/**
 * The width text wraps to: `COLUMNS` when it is set (as shells export it, and as a person sets it for a
 * pipe), else the terminal's width, else DEFAULT_WIDTH when standard output is not a terminal.
 */
export function outputWidth(
  stdout: { isTTY?: boolean; columns?: number },
  env: Record<string, string | undefined> = {},
): number {
  const columns = Number(env.COLUMNS?.trim());
  if (Number.isInteger(columns) && columns > 0) return columns;
  return stdout.isTTY && stdout.columns ? stdout.columns : DEFAULT_WIDTH;
}

/** Columns the text writer puts between table cells. */
const COLUMN_GAP = 2;

/**
 * A table wider than `width` keeps its rows and breaks cells inside their columns instead. The widest column
 * that can still give way is narrowed, one step at a time toward the next widest, so the overflow is shared
 * rather than taken from one column; never below a column's longest word, and never the first column (the
 * row labels), until the table fits or nothing can give way any more.
 */
function fitTable(table: Extract<DocBlock, { kind: 'table' }>, width: number): DocBlock {
  let header = table.header;
  let rows = table.rows;
  const columnCells = (column: number) => [header[column] ?? '', ...rows.map((row) => row[column] ?? '')];
  const widthOf = (column: number) =>
    Math.max(...columnCells(column).flatMap((cell) => cell.split('\n').map((line) => line.length)));
  const longestWord = (column: number) =>
    Math.max(...columnCells(column).flatMap((cell) => cell.split(/\s+/).map((word) => word.length)));
  for (;;) {
    const widths = header.map((_, column) => widthOf(column));
    const total = widths.reduce((sum, w) => sum + w, 0) + COLUMN_GAP * (widths.length - 1);
    if (total <= width) break;
    const candidates = widths
      .map((w, column) => ({ column, w, floor: longestWord(column) }))
      .filter((candidate) => candidate.column > 0 && candidate.w > candidate.floor)
      .sort((a, b) => b.w - a.w);
    const [widest, next] = candidates;
    if (!widest) break;
    const limit = Math.max(widest.floor, widest.w - (total - width), Math.min(next?.w ?? 0, widest.w - 1));
    const wrap = (cell: string) => wrapLine(cell.replaceAll('\n', ' '), limit);
    header = header.map((cell, column) => (column === widest.column ? wrap(cell) : cell));
    rows = rows.map((row) => row.map((cell, column) => (column === widest.column ? wrap(cell) : cell)));
  }
  return { ...table, header, rows };
}

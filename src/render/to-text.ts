import type { Doc, DocBlock } from './document.js';

/** Plain text for a terminal: underlined headings, aligned columns. */
export function toText(doc: Doc): string {
  return `${doc.map(renderBlock).join('\n\n')}\n`;
}

function renderBlock(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${(block.level === 1 ? '=' : '-').repeat(block.text.length)}`;
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item.replaceAll('\n', '\n  ')}`).join('\n');
    case 'checklist':
      return block.items.map((item) => `[${item.done ? 'x' : ' '}] ${item.text}`).join('\n');
    case 'table':
      return renderTable(block.header, block.rows);
  }
}

/** Aligned columns; a cell holding line breaks (a wrapped status) continues on the lines below its row. */
function renderTable(header: string[], rows: string[][]): string {
  const longest = (cell: string) => Math.max(...cell.split('\n').map((part) => part.length));
  const widths = header.map((cell, column) =>
    Math.max(longest(cell), ...rows.map((row) => longest(row[column] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const row = (cells: string[]) => {
    const parts = cells.map((cell) => cell.split('\n'));
    const height = Math.max(...parts.map((lines) => lines.length));
    return Array.from({ length: height }, (_, index) => line(parts.map((lines) => lines[index] ?? ''))).join(
      '\n',
    );
  };
  return [row(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(row)].join('\n');
}
